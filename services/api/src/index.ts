export { buildApp } from "./app.ts";
export type { AppDeps, TenantContext, TokenClaims, Role } from "./context.ts";
export { AppError } from "./errors/problem.ts";
