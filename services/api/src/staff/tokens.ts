import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { schema, type Tx } from "@wijkwerk/db";

export interface SignedInMember {
  id: string;
  role: "admin" | "consultant" | "finance";
  /** staff.sessions_revoked_at in whole seconds (epoch), or null. */
  revokedUntil: number | null;
}

/**
 * A staff access token, recorded as a session (issue 20: the person lists and ends them).
 * `enrolOnly`: the token may only set up the second factor (its enrolment period is over).
 */
export async function issueStaffToken(
  app: FastifyInstance,
  tx: Tx,
  tenantId: string,
  member: SignedInMember,
  opts: { secondFactor: boolean; enrolOnly: boolean; userAgent: string | undefined },
): Promise<string> {
  const jti = randomUUID();
  const iat = issuedAfter(member.revokedUntil);
  const ttl = app.deps.config.ACCESS_TOKEN_TTL_SECONDS;
  await tx.insert(schema.staffSessions).values({
    tenantId,
    jti,
    staffId: member.id,
    issuedAt: new Date(iat * 1000).toISOString(),
    expiresAt: new Date((iat + ttl) * 1000).toISOString(),
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
    secondFactor: opts.secondFactor,
  });
  return app.jwt.sign({ sub: member.id, tid: tenantId, role: member.role, jti, iat, ...(opts.enrolOnly ? { sf: "enrol" as const } : {}) });
}

/**
 * Token times are whole seconds, and app_token_revoked refuses every token issued up to the
 * member's sessions_revoked_at; a sign-in in the same second as a password reset or a role change
 * would get a token that is refused at once. Such a token is dated the next second instead.
 */
export function issuedAfter(revokedSecond: number | null): number {
  const now = Math.floor(Date.now() / 1000);
  return revokedSecond === null ? now : Math.max(now, revokedSecond + 1);
}
