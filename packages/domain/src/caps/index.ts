export * from "./caps.ts";
export * from "./agreements.ts";
export * from "./minutes.ts";
export * from "./trajectory.ts";
