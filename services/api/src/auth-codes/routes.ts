import { createHmac, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import { writeOutbox } from "@wijkwerk/queue";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { errorResponses } from "../schemas/common.ts";
import { TokenResponse } from "../schemas/tokens.ts";
import { CODE_MAX_ATTEMPTS, CODE_VALID_MINUTES, RequestBody, VerifyBody } from "./schemas.ts";
import { destinationOf, findSubject } from "./subject.ts";

/**
 * Sign-in with a one-time code for workers and clients (API.md). POST /v1/auth/codes answers 202
 * whether or not someone matches, so it does not tell who is registered; only a keyed hash of the
 * code is stored. Code requests are limited per address, organisation and destination; wrong
 * codes per destination and address, with a growing wait (src/limits).
 */
const authCodes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const hash = (tenantId: string, id: string, code: string) => createHmac("sha256", config.JWT_SECRET).update(`${tenantId}:${id}:${code}`).digest("hex");
  const tenantBySlug = async (slug: string): Promise<string | undefined> => {
    const [found] = await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_slug(${slug}) AS id`;
    return found?.id ?? undefined;
  };
  app.post(
    "/v1/auth/codes",
    {
      config: { noAudit: true, errors: ["auth.rate_limited", "auth.phone_landline"] },
      schema: {
        tags: ["auth"],
        summary: "Send a one-time sign-in code by SMS or e-mail (workers, clients)",
        body: RequestBody,
        response: {
          202: Type.Unsafe<void>({ type: "null", description: "Accepted, without a body: the same answer whether or not the address is known" }),
          ...errorResponses(422, 429),
        },
      },
    },
    async (request, reply) => {
      const d = destinationOf(request.body);
      const { tenant } = request.body;
      // Counted for everyone, known or not: the limit itself reveals nothing.
      await app.limits.codeRequest(request, tenant, d.value);
      const tenantId = await tenantBySlug(tenant);
      if (tenantId) {
        await database.withTenant(tenantId, async (tx) => {
          const subject = await findSubject(tx, d);
          if (!subject) return;
          const id = randomUUID();
          const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
          const expiresAt = new Date(Date.now() + CODE_VALID_MINUTES * 60_000).toISOString();
          await tx.execute(sql`
            INSERT INTO auth_codes (tenant_id, id, channel, destination, subject_type, subject_id, code_hash, expires_at)
            VALUES (app_current_tenant(), ${id}, ${d.channel}, ${d.value}, ${subject.type}, ${subject.id}, ${hash(tenantId, id, code)}, ${expiresAt}::timestamptz)`);
          // The worker removes the plain code from this row once the message is planned.
          await writeOutbox(tx, tenantId, {
            topic: "events/auth.code",
            payload: {
              authCodeId: id,
              subjectType: subject.type,
              subjectId: subject.id,
              channel: d.channel,
              destination: d.value,
              code,
              validMinutes: CODE_VALID_MINUTES,
            },
            requestId: request.id,
          });
          await tx.insert(schema.auditLog).values({
            tenantId,
            actorType: "anonymous",
            actorId: null,
            action: "issue",
            entity: "auth_code",
            entityId: id,
            after: { channel: d.channel, subjectType: subject.type, subjectId: subject.id, expiresAt },
            requestId: request.id,
          });
        });
      }
      return reply.status(202).send();
    },
  );

  app.post(
    "/v1/auth/codes/verify",
    {
      config: { noAudit: true, errors: ["auth.invalid_code", "auth.rate_limited", "auth.phone_landline"] },
      schema: {
        tags: ["auth"],
        summary: "Exchange a sign-in code for a worker or client token",
        body: VerifyBody,
        response: { 200: TokenResponse, ...errorResponses(401, 422, 429) },
      },
    },
    async (request) => {
      const d = destinationOf(request.body);
      const { tenant, code } = request.body;
      await app.limits.signIn(request, tenant);
      const account = `${tenant.toLowerCase()}:${d.value}`;
      const wait = await app.limits.failures.blocked("code", account, request.ip);
      if (wait) throw rateLimited("auth.rate_limited", `Te veel foute codes. Probeer opnieuw over ${minutes(wait)}.`, wait);
      const tenantId = await tenantBySlug(tenant);
      const subject = tenantId
        ? await database.withTenant(tenantId, async (tx) => {
            const [row] = await tx.execute<{
              id: string;
              subject_type: "worker" | "client";
              subject_id: string;
              code_hash: string;
              attempts: number;
              live: boolean;
            }>(sql`
              SELECT id, subject_type, subject_id, code_hash, attempts, expires_at > now() AS live
                FROM auth_codes WHERE tenant_id = app_current_tenant() AND destination = ${d.value} AND used_at IS NULL
               ORDER BY created_at DESC LIMIT 1 FOR UPDATE`);
            if (!row || !row.live || row.attempts >= CODE_MAX_ATTEMPTS) return undefined;
            const expected = Buffer.from(row.code_hash, "hex");
            const given = Buffer.from(hash(tenantId, row.id, code), "hex");
            const ok = expected.length === given.length && timingSafeEqual(expected, given);
            // Every try counts, right or wrong; the attempt is committed even when we answer 401.
            await tx.execute(sql`
              UPDATE auth_codes SET attempts = attempts + 1, used_at = CASE WHEN ${ok} THEN now() ELSE used_at END
               WHERE tenant_id = app_current_tenant() AND id = ${row.id}`);
            if (!ok) return undefined;
            await tx.insert(schema.auditLog).values({
              tenantId,
              actorType: row.subject_type,
              actorId: row.subject_id,
              action: "sign_in",
              entity: row.subject_type,
              entityId: row.subject_id,
              after: { method: "code", channel: d.channel },
              requestId: request.id,
            });
            const [who] = await tx.execute<{ language: string }>(
              row.subject_type === "worker"
                ? sql`SELECT language FROM workers WHERE tenant_id = app_current_tenant() AND id = ${row.subject_id}`
                : sql`SELECT language FROM clients WHERE tenant_id = app_current_tenant() AND id = ${row.subject_id}`,
            );
            return { type: row.subject_type, id: row.subject_id, language: who?.language };
          })
        : undefined;
      if (!subject || !tenantId) {
        await app.limits.failures.fail("code", account, request.ip);
        throw new AppError("auth.invalid_code");
      }
      await app.limits.failures.clear("code", account, request.ip);
      const accessToken = app.jwt.sign({ sub: subject.id, tid: tenantId, role: subject.type, subjectId: subject.id, jti: randomUUID() });
      const language = (["nl", "fr", "en"] as const).find((l) => l === subject.language);
      return { accessToken, expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, role: subject.type, ...(language ? { language } : {}) };
    },
  );
};

export default authCodes;
