export * from "./time-entry.ts";
export * from "./lifecycle.ts";
export * from "./skills.ts";
export * from "./activities.ts";
export * from "./activity-requests.ts";
export * from "./teams.ts";
export * from "./continuity.ts";
