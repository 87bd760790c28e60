import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { smsReach } from "@wijkwerk/domain";
import { homeFor } from "../context.ts";
import { str, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";
import { findOrg, rememberOrg, rememberedSlug, SLUG, type Org } from "../org-door.ts";
import { cookieOptions, LANG_COOKIE, setSession } from "../session.ts";
import { safeReturn } from "../safe-return.ts";

type Who = "klant" | "werker" | "medewerker";
const whoOf = (v: unknown): Who => (v === "werker" || v === "medewerker" ? v : "klant");

/** Where a person who chose an organisation goes next: clients and workers sign in with a code, staff with a password. */
function nextFor(who: Who, slug: string, terug?: string): string {
  const back = terug ? `&terug=${encodeURIComponent(terug)}` : "";
  return who === "medewerker" ? `/aanmelden?organisatie=${slug}${back}` : `/aanmelden/code?organisatie=${slug}&voor=${who}${back}`;
}

/**
 * The door (issue 17): "/" asks who you are; each organisation has its own address /<slug> with
 * its name, phone number and the same three choices; a person who must choose an organisation
 * finds it by name or municipality. Sign-in with a code never asks for the short name, and its
 * answers never tell whether a number or address is registered.
 */
const door: FastifyPluginAsync = async (app) => {
  const { api, secureCookies } = app.web;

  app.get("/", async (request, reply) => {
    if (request.session) return reply.redirect(homeFor(request.session.role), 303);
    const remembered = rememberedSlug(request);
    return reply.page("door/who", { title: translate(request.lang, "door.who"), languageSwitch: true, remembered });
  });

  app.get<{ Querystring: { voor?: string; q?: string; terug?: string } }>("/organisatie", async (request, reply) => {
    const who = whoOf(request.query.voor);
    const q = (request.query.q ?? "").trim().slice(0, 100);
    const terug = safeReturn(request.query.terug);
    let results: { org: Org; href: string }[] = [];
    let unavailable = false;
    let error: string | undefined;
    if (request.query.q !== undefined) {
      if (q.length < 2) error = translate(request.lang, "door.search.tooShort");
      else {
        const r = await api.request("GET", "/v1/organisations", { query: { q } });
        if (r.ok) results = r.data.items.map((org) => ({ org, href: nextFor(who, org.slug, terug) }));
        else unavailable = true;
      }
    }
    return reply.page("door/choose", {
      title: translate(request.lang, "door.choose.title"),
      languageSwitch: true,
      who,
      q,
      terug,
      searched: request.query.q !== undefined && !error,
      results,
      unavailable,
      errors: error ? { q: error } : {},
      problem: error,
      errorList: error ? [{ path: "q", label: translate(request.lang, "door.search.label"), message: error }] : [],
    });
  });

  app.get<{ Querystring: { organisatie?: string; voor?: string; terug?: string } }>("/aanmelden/code", async (request, reply) => {
    const terug = safeReturn(request.query.terug);
    const who = whoOf(request.query.voor ?? (terug?.startsWith("/werker") ? "werker" : "klant"));
    const org = await findOrg(api, request.query.organisatie ?? rememberedSlug(request));
    if (!org) return reply.redirect(`/organisatie?voor=${who}${terug ? `&terug=${encodeURIComponent(terug)}` : ""}`, 303);
    // Remembered at once, so the language switch (which returns to the bare path) keeps the organisation.
    rememberOrg(reply, secureCookies, org.slug);
    return reply.page("auth/code-request", codePage(request, org, who, { terug, values: {} }));
  });

  function codePage(request: FastifyRequest, org: Org, who: Who, extra: Record<string, unknown>) {
    return {
      title: translate(request.lang, "code.title"),
      languageSwitch: true,
      org,
      orgPhone: org.phoneDisplay ?? undefined,
      who,
      ...extra,
    };
  }

  /** The contact as typed: an e-mail address, or a phone that can get an SMS; otherwise a message in the reader's language. */
  function contactError(request: FastifyRequest, contact: string, org: Org): string | undefined {
    const t = (k: string, v: Record<string, unknown> = {}) => translate(request.lang, k, v);
    if (contact === "") return t("door.contact.missing");
    if (contact.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) ? undefined : t("door.contact.email");
    const reach = smsReach(contact);
    if (reach === "unreadable") return t("door.contact.unreadable");
    if (reach === "landline") return org.phoneDisplay ? t("door.contact.landline", { phone: org.phoneDisplay }) : t("door.contact.landlineNoPhone");
    return undefined;
  }

  app.post<{ Body: FormBody }>("/aanmelden/code", async (request, reply) => {
    const slug = str(request.body, "tenant");
    const contact = str(request.body, "contact");
    const terug = safeReturn(str(request.body, "terug"));
    const who = whoOf(str(request.body, "voor"));
    const org = await findOrg(api, slug);
    // An organisation that does not exist gets the same answer as one that does (nothing is sent).
    const shown: Org = org ?? { slug: slug.toLowerCase(), name: slug, phone: null, phoneDisplay: null, email: null, municipalities: [] };
    const fail = (message: string, status = 422) =>
      reply.page(
        "auth/code-request",
        codePage(request, shown, who, {
          terug,
          values: { contact },
          problem: message,
          errors: { contact: message },
          errorList: [{ path: "contact", label: translate(request.lang, "code.contact"), message }],
        }),
        status,
      );
    const invalid = contactError(request, contact, shown);
    if (invalid) return fail(invalid);
    const key = contact.includes("@") ? "email" : "phone";
    const result = await api.request("POST", "/v1/auth/codes", { body: { tenant: shown.slug, [key]: contact } });
    if (!result.ok) {
      if (result.unavailable) return reply.page("auth/code-request", codePage(request, shown, who, { terug, values: { contact }, unavailable: true }), 503);
      if (result.problem.code === "auth.phone_landline") return fail(contactError(request, "09 210 10 10", shown)!);
      return fail(problemText(request.lang, result.problem, { phone: shown.phoneDisplay ?? "" }), result.status === 429 ? 429 : 422);
    }
    return reply.page(
      "auth/code-verify",
      codePage(request, shown, who, { terug, values: { contact }, flash: translate(request.lang, key === "email" ? "door.sent.email" : "door.sent.phone") }),
    );
  });

  app.post<{ Body: FormBody }>("/aanmelden/code/bevestigen", async (request, reply) => {
    const slug = str(request.body, "tenant").toLowerCase();
    const contact = str(request.body, "contact");
    const code = str(request.body, "code").replace(/\s/g, "");
    const terug = safeReturn(str(request.body, "terug"));
    const who = whoOf(str(request.body, "voor"));
    const shown: Org = (await findOrg(api, slug)) ?? { slug, name: slug, phone: null, phoneDisplay: null, email: null, municipalities: [] };
    const fail = (message: string, status = 422) =>
      reply.page(
        "auth/code-verify",
        codePage(request, shown, who, {
          terug,
          values: { contact },
          problem: message,
          errors: { code: message },
          errorList: [{ path: "code", label: translate(request.lang, "code.code"), message }],
        }),
        status,
      );
    if (!/^\d{6}$/.test(code)) return fail(translate(request.lang, "door.code.format"));
    const key = contact.includes("@") ? "email" : "phone";
    const result = await api.request("POST", "/v1/auth/codes/verify", { body: { tenant: slug, [key]: contact, code } });
    if (!result.ok) {
      if (result.unavailable) return reply.page("auth/code-verify", codePage(request, shown, who, { terug, values: { contact }, unavailable: true }), 503);
      return fail(problemText(request.lang, result.problem), result.status === 429 ? 429 : 422);
    }
    setSession(reply, secureCookies, result.data.accessToken, result.data.expiresIn);
    rememberOrg(reply, secureCookies, slug);
    // Their pages start in their own language, unless they chose another on this phone already.
    if (!request.cookies[LANG_COOKIE] && result.data.language)
      reply.setCookie(LANG_COOKIE, result.data.language, cookieOptions(secureCookies, 365 * 24 * 3600));
    return reply.redirect(terug ?? homeFor(result.data.role), 303);
  });

  // Each organisation's own address. Registered last among one-segment paths: a static route always wins.
  app.get<{ Params: { slug: string } }>("/:slug", async (request, reply) => {
    const given = request.params.slug;
    if (!SLUG.test(given.toLowerCase())) return reply.callNotFound();
    if (given !== given.toLowerCase()) return reply.redirect(`/${given.toLowerCase()}`, 301);
    const org = await findOrg(api, given);
    if (!org) return reply.callNotFound();
    return reply.page("door/organisation", {
      title: org.name,
      languageSwitch: true,
      org,
      orgPhone: org.phoneDisplay ?? undefined,
      links: { klant: nextFor("klant", org.slug), werker: nextFor("werker", org.slug), medewerker: nextFor("medewerker", org.slug) },
    });
  });
};

export default door;
