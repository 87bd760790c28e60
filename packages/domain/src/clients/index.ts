export * from "./agreement-fee.ts";
