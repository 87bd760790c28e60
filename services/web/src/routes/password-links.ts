import type { FastifyPluginAsync } from "fastify";
import { formFailure, str, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";
import { SLUG } from "../org-door.ts";

/**
 * Issue 20: "forgot password" and the page a link by e-mail opens (an invitation or a reset), where
 * a staff member chooses a password. No session needed: the link's code is the proof.
 */
const passwordLinks: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  app.get<{ Querystring: { organisatie?: string } }>("/wachtwoord-vergeten", async (request, reply) => {
    const organisatie = (request.query.organisatie ?? "").toLowerCase();
    return reply.page("auth/forgot", { title: translate(request.lang, "door.forgot.title"), values: SLUG.test(organisatie) ? { tenant: organisatie } : {} });
  });

  app.post<{ Body: FormBody }>("/wachtwoord-vergeten", async (request, reply) => {
    const values = { tenant: str(request.body, "tenant"), email: str(request.body, "email") };
    const title = translate(request.lang, "door.forgot.title");
    const labels = { tenant: translate(request.lang, "door.login.tenant"), email: translate(request.lang, "door.login.email") };
    const result = await api.request("POST", "/v1/auth/password-reset", { body: values });
    if (!result.ok)
      return reply.page("auth/forgot", { title, values, ...formFailure(result.problem, labels, request.lang) }, result.unavailable ? 503 : result.status);
    return reply.page("auth/forgot", { title, values, sent: true });
  });

  app.get<{ Querystring: { o?: string; c?: string } }>("/wachtwoord-kiezen", async (request, reply) => {
    const tenant = request.query.o ?? "";
    const code = request.query.c ?? "";
    const link = await api.request("GET", "/v1/auth/staff-links/{code}", { params: { code }, query: { tenant } });
    if (!link.ok)
      return reply.page(
        "auth/choose-password",
        { title: translate(request.lang, "door.forgot.title"), gone: problemText(request.lang, link.problem), tenant },
        link.status || 503,
      );
    return reply.page("auth/choose-password", { title: titleOf(request.lang, link.data), link: link.data, tenant, code });
  });

  app.post<{ Body: FormBody }>("/wachtwoord-kiezen", async (request, reply) => {
    const tenant = str(request.body, "tenant");
    const code = str(request.body, "code");
    const password = str(request.body, "password");
    const link = await api.request("GET", "/v1/auth/staff-links/{code}", { params: { code }, query: { tenant } });
    if (!link.ok)
      return reply.page(
        "auth/choose-password",
        { title: translate(request.lang, "door.forgot.title"), gone: problemText(request.lang, link.problem), tenant },
        link.status || 503,
      );
    const page = { title: titleOf(request.lang, link.data), link: link.data, tenant, code };
    const labels = { password: translate(request.lang, "door.choose.password"), repeat: translate(request.lang, "door.choose.repeat") };
    // Typed twice so a typing mistake does not lock the person out; the API never sees the copy.
    if (password !== str(request.body, "repeat")) {
      const message = translate(request.lang, "door.choose.notEqual");
      return reply.page(
        "auth/choose-password",
        { ...page, errors: { repeat: message }, problem: message, errorList: [{ path: "repeat", label: labels.repeat, message }] },
        422,
      );
    }
    const result = await api.request("POST", "/v1/auth/staff-links/{code}/password", { params: { code }, body: { tenant, password } });
    if (!result.ok)
      return reply.page("auth/choose-password", { ...page, ...formFailure(result.problem, labels, request.lang) }, result.unavailable ? 503 : result.status);
    reply.flash(translate(request.lang, "door.choose.done"));
    return reply.redirect(`/aanmelden?organisatie=${encodeURIComponent(tenant)}`, 303);
  });
};

const titleOf = (lang: Parameters<typeof translate>[0], link: { purpose: string; name: string }) =>
  translate(lang, link.purpose === "invite" ? "door.choose.titleInvite" : "door.choose.titleReset", { name: link.name });

export default passwordLinks;
