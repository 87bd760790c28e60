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

export type OrgContact = { org?: Org; orgPhone?: string };

/** Page data for the org-contact partial: the organisation's name and phone number (issue 17). */
export async function orgContact(api: ApiClient, request: FastifyRequest): Promise<OrgContact> {
  const org = await findOrg(api, rememberedSlug(request));
  if (!org) return {};
  return { org, ...(org.phoneDisplay ? { orgPhone: org.phoneDisplay } : {}) };
}

/**
 * The same for the layout of every client and worker page, read at most once a minute per
 * organisation: a phone number changes rarely, and a page should not wait on it each time.
 */
const cache = new Map<string, { at: number; contact: OrgContact }>();
const TTL_MS = 60_000;
export async function cachedOrgContact(api: ApiClient, request: FastifyRequest): Promise<OrgContact> {
  const slug = rememberedSlug(request);
  if (!slug) return {};
  const hit = cache.get(slug);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.contact;
  const contact = await orgContact(api, request);
  if (cache.size > 1000) cache.clear();
  cache.set(slug, { at: Date.now(), contact });
  return contact;
}
