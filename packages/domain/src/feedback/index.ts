export * from "./client-feedback.ts";
export * from "./consent.ts";
export * from "./outflow.ts";
