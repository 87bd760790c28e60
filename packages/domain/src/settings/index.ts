export * from "./settings.ts";
export * from "./resolve.ts";
