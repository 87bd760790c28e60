export * from "./retention.ts";
