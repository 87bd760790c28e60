export * from "./time/index.ts";
export * from "./identity/index.ts";
export * from "./money/index.ts";
export * from "./caps/index.ts";
export * from "./settings/index.ts";
export * from "./sms/index.ts";
export * from "./sepa/index.ts";
export * from "./coda/index.ts";
