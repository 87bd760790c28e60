export * from "./settings.ts";
export * from "./resolve.ts";
export * from "./validate.ts";
