import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { schema } from "@wijkwerk/db";
import { writeOutbox } from "@wijkwerk/queue";
import type { TenantContext } from "../context.ts";

/**
 * request.tenantTx(fn): one transaction bound to the caller's tenant (RLS), with audit() and
 * outbox() writing in that same transaction, so a change, its audit row and the messages it
 * triggers commit or vanish together.
 */
export default fp(async (app) => {
  const { database } = app.deps;
  app.decorateRequest("auditCount", 0);
  app.decorateRequest("tenantTx", async function (this: FastifyRequest, fn, options) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- decorators receive the request as `this`
    const request = this;
    const tenantId = options?.tenantId ?? request.claims?.tid;
    if (!tenantId) throw new Error("tenantTx called without a tenant");
    const actor = request.claims ?? { sub: "anonymous", tid: tenantId, role: "client" as const };
    return database.withTenant(
      tenantId,
      async (tx) => {
        const ctx: TenantContext = {
          tx,
          tenantId,
          actor,
          audit: async (entry) => {
            await tx.insert(schema.auditLog).values({
              tenantId,
              actorType: actor.role,
              actorId: actor.sub,
              action: entry.action,
              entity: entry.entity,
              entityId: entry.entityId ?? null,
              before: entry.before ?? null,
              after: entry.after ?? null,
              requestId: request.id,
            });
            request.auditCount++;
          },
          outbox: async (messages) => {
            await writeOutbox(tx, tenantId, messages);
          },
        };
        return fn(ctx);
      },
      options?.isolationLevel ? { isolationLevel: options.isolationLevel } : undefined,
    );
  });

  // A mutating request that succeeded without an audit row is a bug: say so loudly in logs.
  app.addHook("onResponse", async (request, reply) => {
    const mutating = request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS";
    if (mutating && reply.statusCode < 300 && request.claims && request.claims.sub !== "platform" && request.auditCount === 0 && !request.routeOptions.config.noAudit) {
      request.log.warn({ route: request.routeOptions.url }, "mutating request without audit row");
    }
  });
});

declare module "fastify" {
  interface FastifyContextConfig {
    /** The request changes nothing worth auditing (e.g. sign-in). */
    noAudit?: boolean;
  }
}
