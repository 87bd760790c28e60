export * from "./rounding.ts";
export * from "./vouchers.ts";
export * from "./travel.ts";
export * from "./tax.ts";
export * from "./ledger.ts";
export * from "./wallet.ts";
export * from "./price-schedule.ts";
export * from "./four-eyes.ts";
