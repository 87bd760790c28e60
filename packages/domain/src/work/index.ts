export * from "./time-entry.ts";
export * from "./lifecycle.ts";
