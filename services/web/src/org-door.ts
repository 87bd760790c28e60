import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiClient } from "./api.ts";
import { cookieOptions } from "./session.ts";

/** The organisation a client or worker signed in with (issue 17): its door is /<slug>, its phone is on every page. */
export const ORG_COOKIE = "ww_org";
export const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

export interface Org {
  slug: string;
  name: string;
  phone: string | null;
  phoneDisplay: string | null;
  email: string | null;
  municipalities: string[];
}

export async function findOrg(api: ApiClient, slug: string | undefined): Promise<Org | undefined> {
  const s = (slug ?? "").toLowerCase();
  if (!SLUG.test(s)) return undefined;
  const r = await api.request("GET", "/v1/organisations/{slug}", { params: { slug: s } });
  return r.ok ? r.data : undefined;
}

/** The organisation remembered at sign-in, for the footer and the way out. */
export function rememberedSlug(request: FastifyRequest): string | undefined {
  const s = request.cookies[ORG_COOKIE];
  return s && SLUG.test(s) ? s : undefined;
}

export function rememberOrg(reply: FastifyReply, secure: boolean, slug: string): void {
  reply.setCookie(ORG_COOKIE, slug.toLowerCase(), cookieOptions(secure, 365 * 24 * 3600));
}

/** Page data for the org-contact partial: the organisation's name and phone number (issue 17). */
export async function orgContact(api: ApiClient, request: FastifyRequest): Promise<{ org?: Org; orgPhone?: string }> {
  const org = await findOrg(api, rememberedSlug(request));
  if (!org) return {};
  return { org, ...(org.phoneDisplay ? { orgPhone: org.phoneDisplay } : {}) };
}
