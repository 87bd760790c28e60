export * from "./mod97.ts";
export * from "./insz.ts";
export * from "./iban.ts";
export * from "./enterprise.ts";
export * from "./ogm.ts";
export * from "./phone.ts";
export * from "./mask.ts";
export * from "./sms-reach.ts";
