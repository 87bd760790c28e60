export * from "./types.ts";
export * from "./moments.ts";
export * from "./rules.ts";
