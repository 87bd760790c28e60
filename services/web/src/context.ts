import type { FastifyReply, FastifyRequest } from "fastify";
import type { WebConfig as Config } from "@wijkwerk/config";
import type { ApiClient, ApiResult } from "./api.ts";
import { translate, type Lang } from "./i18n/index.ts";
import { problemText } from "./i18n/problem.ts";
import type { PageInput, Renderer } from "./render.ts";
import type { Session } from "./session.ts";
import type { OrgContact } from "./org-door.ts";

export interface WebDeps {
  config: Config;
  api: ApiClient;
  renderer: Renderer;
  /** Behind HTTPS in production: cookies get the Secure flag. */
  secureCookies: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    web: WebDeps;
  }
  interface FastifyRequest {
    session: Session | undefined;
    lang: Lang;
    flash: string | undefined;
    /** The organisation of a client or worker (its name and phone on every page, issue 17). */
    orgContact: OrgContact | undefined;
  }
  interface FastifyReply {
    flash(message: string): FastifyReply;
    page(template: string, data: PageInput, status?: number): FastifyReply;
  }
}

export const STAFF_ROLES = ["admin", "consultant", "finance"] as const;

/** Where each role starts after sign-in. */
export function homeFor(role: string | undefined): string {
  switch (role) {
    case "admin":
    case "consultant":
      return "/consulent";
    case "finance":
      return "/financien";
    case "worker":
      return "/werker";
    case "client":
      return "/klant";
    default:
      return "/aanmelden";
  }
}

/**
 * preHandler for pages of some roles: without a session the user goes to sign-in (and comes
 * back after), with another role they get a Dutch 403 page.
 */
export function requireRole(...roles: string[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.session) {
      const codeRoles = roles.every((r) => r === "worker" || r === "client");
      return reply.redirect(`${codeRoles ? "/aanmelden/code" : "/aanmelden"}?terug=${encodeURIComponent(request.url)}`, 303);
    }
    if (!roles.includes(request.session.role))
      return reply.page("errors/error", { title: translate(request.lang, "error.noAccess"), message: translate(request.lang, "error.otherAccount") }, 403);
  };
}

/**
 * Common handling of a failed API call on a page: an expired session goes back to sign-in, a
 * forbidden call gets the 403 page. Returns true when the reply was sent.
 */
export function sentFailure(request: FastifyRequest, reply: FastifyReply, result: ApiResult<unknown>): boolean {
  if (result.ok) return false;
  if (result.status === 401 && request.session) {
    reply.clearCookie("ww_session", { path: "/" });
    // Clients and workers sign in with a code, staff with a password: each back to their own door.
    const door = request.session.role === "client" || request.session.role === "worker" ? "/aanmelden/code" : "/aanmelden";
    reply.redirect(`${door}?terug=${encodeURIComponent(request.url)}&verlopen=1`, 303);
    return true;
  }
  // Issue 20: past the enrolment period, a staff token only sets up the second factor.
  if (result.status === 403 && result.problem.code === "auth.second_factor_enrolment_required") {
    reply.redirect("/account/tweede-stap", 303);
    return true;
  }
  if (result.status === 403) {
    reply.page("errors/error", { title: translate(request.lang, "error.noAccess"), message: problemText(request.lang, result.problem) }, 403);
    return true;
  }
  return false;
}

/** What a page shows for a list or detail it could not load. */
export function loadState<T>(result: ApiResult<T>): { data?: T; unavailable?: boolean; error?: string } {
  if (result.ok) return { data: result.data };
  if (result.unavailable) return { unavailable: true };
  return { error: result.problem.detail ?? result.problem.title };
}
