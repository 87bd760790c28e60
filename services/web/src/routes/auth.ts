import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatFullDate } from "@wijkwerk/notify";
import { homeFor } from "../context.ts";
import { formFailure, str, type FormBody } from "../forms.ts";
import { isLang, translate } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";
import { rememberedSlug, SLUG } from "../org-door.ts";
import { safeReturn } from "../safe-return.ts";
import { clearSession, cookieOptions, LANG_COOKIE, setSession } from "../session.ts";

export { safeReturn };

const staffLabels = { tenant: "Organisatie", email: "E-mailadres", password: "Wachtwoord" };
type StaffToken = { accessToken: string; expiresIn: number; role: string; secondFactor: { status: string; enrolBy?: string; enrolNow?: boolean } };

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
    // Issue 20: the password was right; the code of the second factor finishes the sign-in.
    if (!result.ok && result.problem.code === "auth.second_factor_required" && typeof result.problem.challenge === "string")
      return reply.page("auth/login-code", { title: translate(request.lang, "door.login.codeTitle"), challenge: result.problem.challenge, terug });
    if (!result.ok) {
      const state = formFailure(result.problem, staffLabels);
      return reply.page(
        "auth/login",
        { title: translate(request.lang, "door.login.title"), values, terug, ...state },
        result.unavailable ? 503 : result.status === 429 ? 429 : 422,
      );
    }
    return signedIn(request, reply, result.data, terug);
  });

  app.post<{ Body: FormBody }>("/aanmelden/tweede-stap", async (request, reply) => {
    const challenge = str(request.body, "challenge");
    const terug = safeReturn(str(request.body, "terug"));
    const result = await api.request("POST", "/v1/auth/login/second-factor", { body: { challenge, code: str(request.body, "code") } });
    if (!result.ok) {
      // An expired challenge means starting again with the password; a wrong code, trying again.
      if (result.problem.code === "auth.invalid_credentials")
        return reply.page(
          "auth/login",
          { title: translate(request.lang, "door.login.title"), values: {}, terug, problem: problemText(request.lang, result.problem) },
          422,
        );
      const state = formFailure(result.problem, { code: translate(request.lang, "door.login.code") }, request.lang);
      const errors = { code: state.problem };
      return reply.page(
        "auth/login-code",
        {
          title: translate(request.lang, "door.login.codeTitle"),
          challenge,
          terug,
          errors,
          errorList: [{ path: "code", label: translate(request.lang, "door.login.code"), message: state.problem }],
        },
        result.unavailable ? 503 : result.status === 429 ? 429 : 422,
      );
    }
    return signedIn(request, reply, result.data, terug);
  });

  /** The cookie, then: set up the second factor now if the period is over, else a reminder and on to work. */
  function signedIn(request: FastifyRequest, reply: FastifyReply, data: StaffToken, terug: string | undefined) {
    setSession(reply, secureCookies, data.accessToken, data.expiresIn);
    const sf = data.secondFactor;
    if (sf.status === "enrol" && sf.enrolNow) return reply.redirect("/account/tweede-stap", 303);
    if (sf.status === "enrol" && sf.enrolBy) reply.flash(translate(request.lang, "door.login.enrolSoon", { date: formatFullDate(sf.enrolBy, request.lang) }));
    return reply.redirect(terug ?? homeFor(data.role), 303);
  }

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
