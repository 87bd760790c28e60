import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signed link in the proposal SMS: workers on a basic phone answer with one tap, without
 * signing in. The token names its purpose, tenant, assignment, worker and expiry; single use is
 * enforced by the assignment_response_tokens row (jti), not by the signature.
 */
export const RESPOND_PURPOSE = "assignment.respond";

export interface RespondClaims {
  purpose: typeof RESPOND_PURPOSE;
  tid: string;
  aid: string;
  wid: string;
  jti: string;
  /** Expiry, seconds since epoch. */
  exp: number;
}

// A key of its own, derived from the JWT secret: a respond token is never a valid access token.
function mac(secret: string, body: string): Buffer {
  return createHmac("sha256", `${secret}:${RESPOND_PURPOSE}`).update(body).digest();
}

export function signRespondToken(secret: string, claims: Omit<RespondClaims, "purpose">): string {
  const body = Buffer.from(JSON.stringify({ purpose: RESPOND_PURPOSE, ...claims })).toString("base64url");
  return `${body}.${mac(secret, body).toString("base64url")}`;
}

/** The claims when signature and purpose are right; expiry is checked by the caller (its own error). */
export function verifyRespondToken(secret: string, token: string): RespondClaims | undefined {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return undefined;
  const expected = mac(secret, body);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const c = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<RespondClaims>;
    if (
      c.purpose !== RESPOND_PURPOSE ||
      typeof c.tid !== "string" ||
      typeof c.aid !== "string" ||
      typeof c.wid !== "string" ||
      typeof c.jti !== "string" ||
      typeof c.exp !== "number"
    )
      return undefined;
    return c as RespondClaims;
  } catch {
    return undefined;
  }
}
