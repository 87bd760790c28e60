import type { FastifyReply } from "fastify";

export const TOKEN_COOKIE = "ww_session";
export const CSRF_COOKIE = "ww_csrf";
export const LANG_COOKIE = "ww_lang";
export const FLASH_COOKIE = "ww_flash";

export interface Session {
  token: string;
  role: string;
  /** The worker's or client's own id (claims.subjectId), for "my" pages. */
  subjectId?: string | undefined;
  /** Who signed in (claims.sub): for staff, their own staff id ("I hold this zitdag"). */
  sub?: string | undefined;
  /** Unix seconds; the cookie dies with the token. */
  exp?: number | undefined;
}

/**
 * The role is read from the token's payload only to choose menus and pages; the API checks the
 * signature and the role on every call, so a forged cookie gets nothing but 401/403 from it.
 */
export function sessionFromToken(token: string | undefined): Session | undefined {
  if (!token) return undefined;
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { role?: unknown; exp?: unknown; subjectId?: unknown; sub?: unknown };
    if (typeof claims.role !== "string") return undefined;
    const exp = typeof claims.exp === "number" ? claims.exp : undefined;
    if (exp !== undefined && exp * 1000 < Date.now()) return undefined;
    const subjectId = typeof claims.subjectId === "string" ? claims.subjectId : undefined;
    const sub = typeof claims.sub === "string" ? claims.sub : undefined;
    return { token, role: claims.role, exp, subjectId, sub };
  } catch {
    return undefined;
  }
}

export function cookieOptions(secure: boolean, maxAge?: number) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure, ...(maxAge !== undefined ? { maxAge } : {}) };
}

export function setSession(reply: FastifyReply, secure: boolean, token: string, expiresIn: number): void {
  reply.setCookie(TOKEN_COOKIE, token, cookieOptions(secure, expiresIn));
}

export function clearSession(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(TOKEN_COOKIE, cookieOptions(secure));
}
