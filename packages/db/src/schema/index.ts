// One file per area; each new migration area adds its table definitions here.
export * from "./foundation.ts";
export * from "./registries.ts";
export * from "./clients.ts";
export * from "./work.ts";
export * from "./vouchers.ts";
export * from "./transfers.ts";
export * from "./credit.ts";
export * from "./matching.ts";
export * from "./training.ts";
export * from "./payouts.ts";
export * from "./notifications.ts";
export * from "./coaching.ts";
export * from "./feedback.ts";
export * from "./area.ts";
