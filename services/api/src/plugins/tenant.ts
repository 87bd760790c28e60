import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { sql, type SQL } from "drizzle-orm";
import { outboxRows, type OutboxMessage } from "@wijkwerk/queue";
import type { AuditEntry, TenantContext } from "../context.ts";

/** A jsonb parameter: drizzle passes jsonb through as text. */
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * request.tenantTx(fn): one transaction bound to the caller's tenant (RLS), with audit() and
 * outbox() writing in that same transaction, so a change, its audit row and the messages it
 * triggers commit or vanish together.
 *
 * audit(), outbox() and defer() only collect; flush() writes everything collected in ONE
 * statement (data-modifying CTEs), and runs by itself before the commit. A request that changes
 * a row, audits it and tells someone costs one round trip for all three, not three. The INSERTs
 * are written out rather than built with drizzle's insert builder: on the time-entry hot path the
 * builder cost more than the database did.
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
            messages.push(...(Array.isArray(m) ? m : [m]));
          },
          defer: (statement) => {
            writes.push(statement);
          },
          flush: async () => {
            const statements = [...writes];
            if (messages.length > 0) {
              statements.push(sql`INSERT INTO outbox (tenant_id, topic, payload, available_at) VALUES ${sql.join(
                outboxRows(tenantId, messages).map((m) => sql`(${tenantId}, ${m.topic}, ${JSON.stringify(m.payload)}::jsonb, COALESCE(${m.availableAt ?? null}::timestamptz, now()))`),
                sql`, `,
              )}`);
            }
            if (audits.length > 0) {
              statements.push(sql`INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, before, after, request_id) VALUES ${sql.join(
                audits.map((e) => sql`(${tenantId}, ${actor.role}, ${actor.sub}, ${e.action}, ${e.entity}, ${e.entityId ?? null}, ${json(e.before)}::jsonb, ${json(e.after)}::jsonb, ${request.id})`),
                sql`, `,
              )}`);
            }
            writes = [];
            messages = [];
            audits = [];
            if (statements.length === 0) return;
            const [only] = statements;
            await tx.execute(statements.length === 1 ? only! : sql`WITH ${sql.join(statements.map((s, i) => sql`${sql.raw(`w${i}`)} AS (${s})`), sql`, `)} SELECT 1`);
          },
        };
        const result = await fn(ctx);
        await ctx.flush();
        return result;
      },
      {
        ...(options?.isolationLevel ? { isolationLevel: options.isolationLevel } : {}),
        ...(options?.bindInFirstStatement ? { bindInFirstStatement: true } : {}),
      },
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
