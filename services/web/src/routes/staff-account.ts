import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { str, type FormBody } from "../forms.ts";
import { clearSession, setSession } from "../session.ts";

const TITLE = "Mijn account";
const SETUP_TITLE = "Tweede stap instellen";

/**
 * Issue 20: a staff member's own account: the second factor (set up with an authenticator app, or
 * stopped where the role allows) and the sessions (where one is signed in; end one or all).
 */
const staffAccount: FastifyPluginAsync = async (app) => {
  const { api, secureCookies } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant", "finance") };

  async function overview(request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) {
    const token = request.session!.token;
    const [me, sessions] = await Promise.all([api.request("GET", "/v1/staff/me", { token }), api.request("GET", "/v1/staff/me/sessions", { token })]);
    if (sentFailure(request, reply, me) || sentFailure(request, reply, sessions)) return reply;
    return reply.page("staff/account", { title: TITLE, me: loadState(me).data, sessions: loadState(sessions), ...extra }, status);
  }

  app.get("/account", guard, (request, reply) => overview(request, reply));

  app.get("/account/tweede-stap", guard, (_request, reply) => reply.page("staff/second-factor", { title: SETUP_TITLE }));

  // A new secret each time this is posted: nothing is in force until a first code confirms it.
  app.post("/account/tweede-stap/begin", guard, async (request, reply) => {
    const started = await api.request("POST", "/v1/staff/me/second-factor", { token: request.session!.token });
    if (sentFailure(request, reply, started)) return reply;
    if (!started.ok) return overview(request, reply, { problem: started.problem.detail ?? started.problem.title }, 409);
    return reply.page("staff/second-factor", { title: SETUP_TITLE, started: { ...started.data, grouped: groups(started.data.secret) } });
  });

  app.post<{ Body: FormBody }>("/account/tweede-stap", guard, async (request, reply) => {
    const secret = str(request.body, "secret");
    const result = await api.request("POST", "/v1/staff/me/second-factor/confirm", {
      token: request.session!.token,
      body: { code: str(request.body, "code") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      // The app already holds the secret: show it again as text (no new QR code), and ask the next code.
      const message = result.problem.detail ?? result.problem.title;
      return reply.page(
        "staff/second-factor",
        {
          title: SETUP_TITLE,
          started: { secret, grouped: groups(secret) },
          errors: { code: message },
          problem: message,
          errorList: [{ path: "code", label: "Code van 6 cijfers", message }],
        },
        result.unavailable ? 503 : 422,
      );
    }
    setSession(reply, secureCookies, result.data.accessToken, result.data.expiresIn);
    reply.flash("Uw tweede stap staat aan. Voortaan vraagt het aanmelden ook een code uit uw app. Uw andere sessies zijn afgemeld.");
    return reply.redirect("/account", 303);
  });

  app.post<{ Body: FormBody }>("/account/tweede-stap/uit", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/staff/me/second-factor/remove", { token: request.session!.token, body: { code: str(request.body, "code") } });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return overview(request, reply, { removeProblem: result.problem.detail ?? result.problem.title }, 422);
    reply.flash("U meldt zich voortaan aan met uw wachtwoord alleen.");
    return reply.redirect("/account", 303);
  });

  app.post<{ Params: { id: string } }>("/account/sessies/:id/einde", guard, async (request, reply) => {
    const result = await api.request("DELETE", "/v1/staff/me/sessions/{id}", { token: request.session!.token, params: { id: request.params.id } });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? "Die sessie is afgemeld." : (result.problem.detail ?? result.problem.title));
    return reply.redirect("/account", 303);
  });

  app.post("/account/sessies/einde", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/staff/me/sessions/end-all", { token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return overview(request, reply, { problem: result.problem.detail ?? result.problem.title }, 503);
    clearSession(reply, secureCookies);
    reply.flash("U bent overal afgemeld, ook hier.");
    return reply.redirect("/aanmelden", 303);
  });
};

/** "JBSW Y3DP EHPK 3PXP": a base32 secret in groups of four, to type without losing one's place. */
const groups = (secret: string) => secret.replace(/(.{4})/g, "$1 ").trim();

export default staffAccount;
