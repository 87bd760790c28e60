export * from "./client.ts";
export * from "./migrate.ts";
export * from "./admin.ts";
export * as schema from "./schema/index.ts";
export { startEmbeddedPostgres } from "./embedded.ts";
export { createTestDatabase, type TestDatabase } from "./testing.ts";
export * from "./errors.ts";
export { seedDemo, seedSteps, DEMO_LOGINS, DEMO_TENANT, type DemoLogin, type SeedStep } from "./seed/index.ts";
export * as vouchers from "./vouchers/index.ts";
