export * from "./caps.ts";
export * from "./agreements.ts";
