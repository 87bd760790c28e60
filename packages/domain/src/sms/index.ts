export * from "./gsm7.ts";
