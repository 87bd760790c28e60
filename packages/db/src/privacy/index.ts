export * from "./pseudonymise.ts";
export * from "./open-items.ts";
export * from "./erase.ts";
