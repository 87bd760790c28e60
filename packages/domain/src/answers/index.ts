export * from "./answer-code.ts";
export * from "./decline-undo.ts";
export * from "./sms-reply.ts";
export * from "./travel.ts";
