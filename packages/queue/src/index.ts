export * from "./topics.ts";
export * from "./outbox.ts";
export * from "./redis.ts";
export * from "./events/index.ts";
