export * from "./eligibility.ts";
