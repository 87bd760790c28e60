import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fp from "fastify-plugin";
import { schema } from "@wijkwerk/db";
import { AppError } from "../errors/problem.ts";

/**
 * API.md: on POSTs marked (idem), the same Idempotency-Key with the same body returns the first
 * response; with another body, 409 idempotency.key_reused. The key is claimed before the
 * handler runs, so two concurrent requests with one key never both execute.
 */
export default fp(async (app) => {
  const { database } = app.deps;

  app.addHook("preHandler", async (request, reply) => {
    if (!request.routeOptions.config.idempotent) return;
    const key = request.headers["idempotency-key"];
    if (key === undefined) return;
    if (typeof key !== "string" || !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new AppError("validation.failed", "Idempotency-Key moet 1 tot 200 leesbare tekens zijn.", {
        errors: [{ path: "header.idempotency-key", message: "Ongeldige sleutel." }],
      });
    }
    const { tid, sub } = request.claims;
    const requestHash = hashRequest(request.method, request.routeOptions.url ?? request.url, request.params, request.body);
    const outcome = await database.withTenant(tid, async (tx) => {
      const inserted = await tx
        .insert(schema.idempotencyKeys)
        .values({ tenantId: tid, actorId: sub, key, method: request.method, path: request.url, requestHash })
        .onConflictDoNothing()
        .returning({ key: schema.idempotencyKeys.key });
      if (inserted.length > 0) return { kind: "claimed" as const };
      const [row] = await tx
        .select()
        .from(schema.idempotencyKeys)
        .where(and(eq(schema.idempotencyKeys.tenantId, tid), eq(schema.idempotencyKeys.actorId, sub), eq(schema.idempotencyKeys.key, key)));
      return { kind: "existing" as const, row };
    });
    if (outcome.kind === "claimed") {
      request.idempotency = { key, tenantId: tid, actorId: sub };
      return;
    }
    const row = outcome.row;
    if (!row || row.requestHash !== requestHash) throw new AppError("idempotency.key_reused");
    if (row.statusCode === null) throw new AppError("idempotency.in_progress");
    reply.header("idempotent-replayed", "true");
    const type = row.statusCode >= 400 ? "application/problem+json" : "application/json";
    return reply.status(row.statusCode).type(type).send(row.responseBody);
  });

  // Store the answer once it is known; a 5xx releases the key so the client may retry.
  app.addHook("onSend", async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    const where = and(
      eq(schema.idempotencyKeys.tenantId, claim.tenantId),
      eq(schema.idempotencyKeys.actorId, claim.actorId),
      eq(schema.idempotencyKeys.key, claim.key),
    );
    await database.withTenant(claim.tenantId, async (tx) => {
      if (reply.statusCode >= 500) {
        await tx.delete(schema.idempotencyKeys).where(where);
      } else {
        const body = typeof payload === "string" && payload.length > 0 ? JSON.parse(payload) : null;
        await tx.update(schema.idempotencyKeys).set({ statusCode: reply.statusCode, responseBody: body }).where(where);
      }
    });
    return payload;
  });
});

function hashRequest(method: string, route: string, params: unknown, body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify([method, route, params ?? null, canonical(body)]))
    .digest("hex");
}

/** Key order must not matter: {a,b} and {b,a} are the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  if (Buffer.isBuffer(value)) return createHash("sha256").update(value).digest("hex");
  return value;
}

declare module "fastify" {
  interface FastifyRequest {
    idempotency?: { key: string; tenantId: string; actorId: string } | undefined;
  }
}
