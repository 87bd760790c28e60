import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { SQL } from "drizzle-orm";
import type { OutboxMessage } from "@wijkwerk/queue";
import type { AuditEntry, TenantContext } from "../context.ts";
import { collectedWritesStatement } from "../writes.ts";
import { erasedGuardOf, refuseErased } from "../privacy/erased-guard.ts";

/**
 * request.tenantTx(fn): one transaction bound to the caller's tenant (RLS), with audit() and
 * outbox() writing in that same transaction, so a change, its audit row and the messages it
 * triggers commit or vanish together.
 *
 * audit(), outbox() and defer() only collect; flush() writes everything collected in ONE
 * statement (collectedWritesStatement), and runs by itself before the commit.
 */
export default fp(async (app) => {
  const { database, replica } = app.deps;
  app.decorateRequest("auditCount", 0);
  app.decorateRequest("tenantTx", async function (this: FastifyRequest, fn, options) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- decorators receive the request as `this`
    const request = this;
    const tenantId = options?.tenantId ?? request.claims?.tid;
    if (!tenantId) throw new Error("tenantTx called without a tenant");
    const actor = request.claims ?? { sub: "anonymous", tid: tenantId, role: "client" as const };
    // Issue 21: a read-only report or export (the option, or the route's config) reads from the replica.
    const onReplica = options?.replica ?? request.routeOptions.config.replica ?? false;
    return (onReplica ? (replica ?? database) : database).withTenant(
      tenantId,
      async (tx) => {
        let audits: AuditEntry[] = [];
        let messages: OutboxMessage[] = [];
        let writes: SQL[] = [];
        const ctx: TenantContext = {
          tx,
          tenantId,
          actor,
          audit: async (entry) => {
            audits.push(entry);
            request.auditCount++;
          },
          outbox: async (m) => {
            // The outbox row carries the request id on to the worker (issue 21).
            messages.push(...(Array.isArray(m) ? m : [m]).map((one) => ({ ...one, requestId: one.requestId ?? request.id })));
          },
          defer: (statement) => {
            writes.push(statement);
          },
          flush: async () => {
            const statement = collectedWritesStatement(tenantId, {
              writes,
              messages,
              audits: audits.map((a) => ({ ...a, actorType: actor.role, actorId: actor.sub, requestId: request.id })),
            });
            writes = [];
            messages = [];
            audits = [];
            if (statement) await tx.execute(statement);
          },
        };
        // Issue 20: a change to an erased worker or client is refused before the handler runs.
        const person = erasedGuardOf(request.method, request.routeOptions.url ?? "");
        const personId = (request.params as { id?: unknown } | undefined)?.id;
        if (person && typeof personId === "string" && UUID.test(personId)) await refuseErased(tx, person, personId);
        const result = await fn(ctx);
        await ctx.flush();
        return result;
      },
      {
        ...(options?.isolationLevel ? { isolationLevel: options.isolationLevel } : {}),
        ...(options?.bindInFirstStatement ? { bindInFirstStatement: true } : {}),
        // Issue 20: a consultant's transaction is also bound to their area (RLS, migration 0062).
        ...(areaStaffIdOf(request, tenantId) ? { areaStaffId: areaStaffIdOf(request, tenantId) } : {}),
      },
    );
  });

  // A mutating request that succeeded without an audit row is a bug: say so loudly in logs.
  app.addHook("onResponse", async (request, reply) => {
    const mutating = request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS";
    if (
      mutating &&
      reply.statusCode < 300 &&
      request.claims &&
      request.claims.sub !== "platform" &&
      request.auditCount === 0 &&
      !request.routeOptions.config.noAudit
    ) {
      request.log.warn({ route: request.routeOptions.url }, "mutating request without audit row");
    }
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The consultant whose area binds this request's transaction (none for other roles or another tenant). */
export function areaStaffIdOf(request: FastifyRequest, tenantId: string): string | undefined {
  const claims = request.claims;
  return claims?.role === "consultant" && claims.tid === tenantId ? claims.sub : undefined;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** The request changes nothing worth auditing (e.g. sign-in). */
    noAudit?: boolean;
    /** Issue 21: the route only reads (a report): its tenantTx runs on the replica when one is configured. */
    replica?: boolean;
  }
}
