export * from "./brussels.ts";
export * from "./dutch.ts";
