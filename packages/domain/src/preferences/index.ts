export * from "./personal-quiet-hours.ts";
export * from "./channels.ts";
