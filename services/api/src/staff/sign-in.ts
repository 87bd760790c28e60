import type { FastifyInstance, FastifyRequest } from "fastify";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { encryption, schema, type Tx } from "@wijkwerk/db";
import { secondFactorDemand } from "@wijkwerk/domain";
import { AppError, rateLimited } from "../errors/problem.ts";
import { minutes } from "../limits/index.ts";
import { loadSettings } from "../settings-store.ts";
import { issuedAfter, issueStaffToken, type SignedInMember } from "./tokens.ts";
import { acceptedStep } from "./totp.ts";

export type StaffRow = typeof schema.staff.$inferSelect & { revokedUntil: number | null };

/** The challenge between the password and the code: a token for nothing but POST /v1/auth/login/second-factor. */
export const CHALLENGE_PURPOSE = "second_factor";
const CHALLENGE_SECONDS = 300;

export interface SignInAnswer {
  accessToken: string;
  expiresIn: number;
  role: string;
  secondFactor: { status: "used" | "none" | "enrol"; enrolBy?: string; enrolNow?: boolean };
}

/**
 * After a right password (issue 20): asks the second factor where the account has one, and lets
 * someone who must set one up do only that once their enrolment period is over (domain
 * secondFactorDemand). Wrong codes count like wrong passwords, per account and address.
 */
export async function finishSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  tx: Tx,
  tenantId: string,
  member: StaffRow,
  code: string | undefined,
): Promise<SignInAnswer> {
  const policy = await loadSettings(tx, tenantId);
  const demand = secondFactorDemand({
    role: member.role,
    enabled: member.totpEnabledAt !== null,
    accountCreatedAt: new Date(member.createdAt),
    policy,
    now: new Date(),
  });
  const signed: SignedInMember = { id: member.id, role: member.role, revokedUntil: member.revokedUntil };
  const answer = async (secondFactor: SignInAnswer["secondFactor"], enrolOnly: boolean) => ({
    accessToken: await issueStaffToken(app, tx, tenantId, signed, {
      secondFactor: secondFactor.status === "used",
      enrolOnly,
      userAgent: request.headers["user-agent"],
    }),
    expiresIn: app.deps.config.ACCESS_TOKEN_TTL_SECONDS,
    role: member.role,
    secondFactor,
  });
  if (demand.kind === "none") return answer({ status: "none" }, false);
  if (demand.kind === "enrol") return answer({ status: "enrol", enrolBy: demand.by.toISOString(), enrolNow: demand.now }, demand.now);

  if (code === undefined) {
    const challenge = app.jwt.sign(
      { sub: member.id, tid: tenantId, role: member.role, purpose: CHALLENGE_PURPOSE, iat: issuedAfter(member.revokedUntil) },
      { expiresIn: CHALLENGE_SECONDS },
    );
    throw new AppError("auth.second_factor_required", "Uw wachtwoord klopt. Geef nu de code van 6 cijfers uit de app op uw telefoon.", { challenge });
  }
  const account = `${tenantId}:${member.id}`;
  const wait = await app.limits.failures.blocked("second_factor", account, request.ip);
  if (wait) throw rateLimited("auth.rate_limited", `Te veel foute codes. Probeer opnieuw over ${minutes(wait)}.`, wait);
  // Issue 20: the secret is stored encrypted.
  const step = acceptedStep(encryption.revealValue(member.totpSecret!), code, member.totpLastStep);
  // The step is stored only if no other sign-in used it meanwhile: the same code never opens two sessions.
  const used =
    step !== undefined &&
    (await tx
      .update(schema.staff)
      .set({ totpLastStep: step })
      .where(and(eq(schema.staff.id, member.id), or(isNull(schema.staff.totpLastStep), lt(schema.staff.totpLastStep, step))))
      .returning({ id: schema.staff.id }));
  if (!used || used.length === 0) {
    await app.limits.failures.fail("second_factor", account, request.ip);
    throw new AppError("auth.second_factor_invalid");
  }
  await app.limits.failures.clear("second_factor", account, request.ip);
  return answer({ status: "used" }, false);
}
