export * from "./permanent-ogm.ts";
export * from "./likely-match.ts";
