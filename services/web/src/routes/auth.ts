import type { FastifyPluginAsync } from "fastify";
import { homeFor } from "../context.ts";
import { formFailure, str, type FormBody } from "../forms.ts";
import { isLang, translate } from "../i18n/index.ts";
import { rememberedSlug, SLUG } from "../org-door.ts";
import { safeReturn } from "../safe-return.ts";
import { clearSession, cookieOptions, LANG_COOKIE, setSession } from "../session.ts";

export { safeReturn };

const staffLabels = { tenant: "Organisatie", email: "E-mailadres", password: "Wachtwoord" };

/** Staff sign-in with a password, clients and workers with a one-time code, sign-out, language. */
const auth: FastifyPluginAsync = async (app) => {
  const { api, secureCookies } = app.web;

  app.get<{ Querystring: { terug?: string; verlopen?: string; organisatie?: string } }>("/aanmelden", async (request, reply) => {
    const organisatie = (request.query.organisatie ?? "").toLowerCase();
    return reply.page("auth/login", {
      title: translate(request.lang, "door.login.title"),
      values: SLUG.test(organisatie) ? { tenant: organisatie } : {},
      terug: safeReturn(request.query.terug),
      flash: request.query.verlopen ? translate(request.lang, "door.login.expired") : undefined,
    });
  });

  app.post<{ Body: FormBody; Querystring: { terug?: string } }>("/aanmelden", async (request, reply) => {
    const values = { tenant: str(request.body, "tenant"), email: str(request.body, "email") };
    const terug = safeReturn(str(request.body, "terug"));
    const result = await api.request("POST", "/v1/auth/login", { body: { ...values, password: str(request.body, "password") } });
    if (!result.ok) {
      const state = formFailure(result.problem, staffLabels);
      return reply.page(
        "auth/login",
        { title: translate(request.lang, "door.login.title"), values, terug, ...state },
        result.unavailable ? 503 : result.status === 429 ? 429 : 422,
      );
    }
    setSession(reply, secureCookies, result.data.accessToken, result.data.expiresIn);
    return reply.redirect(terug ?? homeFor(result.data.role), 303);
  });

  app.post("/afmelden", async (request, reply) => {
    // The API refuses this token from now on (issue 13 item 13); the cookie goes either way.
    if (request.session) await api.request("POST", "/v1/auth/logout", { token: request.session.token }).catch(() => undefined);
    clearSession(reply, secureCookies);
    // Issue 17: a client or worker goes back to their organisation's door, staff to their sign-in.
    const role = request.session?.role;
    const slug = rememberedSlug(request);
    return reply.redirect((role === "client" || role === "worker") && slug ? `/${slug}` : "/aanmelden", 303);
  });

  app.post<{ Body: FormBody }>("/taal", async (request, reply) => {
    const lang = str(request.body, "lang");
    if (isLang(lang)) reply.setCookie(LANG_COOKIE, lang, cookieOptions(secureCookies, 365 * 24 * 3600));
    return reply.redirect(safeReturn(str(request.body, "terug")) ?? "/", 303);
  });
};

export default auth;
