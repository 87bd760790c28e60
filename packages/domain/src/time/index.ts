export * from "./brussels.ts";
