import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { bodyOf, formValues, formView, type Preferences } from "../contact-preferences.ts";
import { echo, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";

type Kind = "worker" | "client";

/**
 * Issue 20, "Consent and preferences": SMS, e-mail and quiet hours. The worker (/werker/voorkeuren)
 * and the client (/klant/voorkeuren) set their own, in their language; a consultant sets them on
 * the person's behalf (/werkers/:id/voorkeuren, /klanten/:id/voorkeuren). One form, the API decides.
 */
const contactPreferences: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  const read = (kind: Kind, id: string, token: string) =>
    kind === "worker"
      ? api.request("GET", "/v1/workers/{id}/preferences", { params: { id }, token })
      : api.request("GET", "/v1/clients/{id}/preferences", { params: { id }, token });
  const write = (kind: Kind, id: string, token: string, body: ReturnType<typeof bodyOf>) =>
    kind === "worker"
      ? api.request("PUT", "/v1/workers/{id}/preferences", { params: { id }, token, body })
      : api.request("PUT", "/v1/clients/{id}/preferences", { params: { id }, token, body });

  /** The person's name as the consultant knows it; undefined when it cannot be read (the save still succeeded). */
  async function nameOf(kind: Kind, id: string, token: string): Promise<string | undefined> {
    if (kind === "worker") {
      const w = await api.request("GET", "/v1/workers/{id}", { params: { id }, token });
      return w.ok ? `${w.data.firstName} ${w.data.lastName}` : undefined;
    }
    const c = await api.request("GET", "/v1/clients/{id}", { params: { id }, token });
    return c.ok ? c.data.name : undefined;
  }

  interface Target {
    kind: Kind;
    id: string;
    action: string;
    back: string;
    /** The person's own page (language switch), not a consultant's. */
    own: boolean;
  }

  async function show(request: FastifyRequest, reply: FastifyReply, target: Target) {
    const result = await read(target.kind, target.id, request.session!.token);
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok && result.status === 404)
      return reply.page("errors/error", { title: translate(request.lang, "prefs.title"), message: problemText(request.lang, result.problem) }, 404);
    const prefs = result.ok ? (result.data as Preferences) : undefined;
    return reply.page("preferences/form", {
      title: translate(request.lang, "prefs.title"),
      languageSwitch: target.own,
      action: target.action,
      back: target.back,
      unavailable: !result.ok,
      ...formView(request.lang, prefs ? formValues(prefs) : {}, prefs),
      // Only the consultant needs the warning; the person sees their own choices.
      unreachable: !target.own && (prefs?.unreachable ?? false),
    });
  }

  async function save(request: FastifyRequest<{ Body: FormBody }>, reply: FastifyReply, target: Target) {
    const result = await write(target.kind, target.id, request.session!.token, bodyOf(request.body));
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const message = result.unavailable ? translate(request.lang, "problem.generic") : problemText(request.lang, result.problem);
      // The one rule the API can refuse here: the quiet hours' end equals their start.
      const errors = result.problem.code === "preferences.quiet_hours_empty" ? { before: message } : {};
      const errorList = Object.entries(errors).map(([path, m]) => ({ path, label: translate(request.lang, "prefs.before"), message: m }));
      return reply.page(
        "preferences/form",
        {
          title: translate(request.lang, "prefs.title"),
          languageSwitch: target.own,
          action: target.action,
          back: target.back,
          problem: message,
          errors,
          errorList,
          postUnavailable: result.unavailable,
          ...formView(request.lang, echo(request.body)),
        },
        result.unavailable ? 503 : 422,
      );
    }
    // On someone's behalf, the consultant reads whose preferences were saved (a worker list is long).
    const name = target.own ? undefined : await nameOf(target.kind, target.id, request.session!.token);
    reply.flash(name ? translate(request.lang, "prefs.savedFor", { name }) : translate(request.lang, "prefs.saved"));
    return reply.redirect(target.back, 303);
  }

  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";
  const own = (kind: Kind, request: FastifyRequest): Target =>
    kind === "worker"
      ? { kind, id: me(request), action: "/werker/voorkeuren", back: "/werker", own: true }
      : { kind, id: me(request), action: "/klant/voorkeuren", back: "/klant", own: true };
  const onBehalf = (kind: Kind, id: string): Target => {
    const base = `/${kind === "worker" ? "werkers" : "klanten"}/${encodeURIComponent(id)}`;
    return { kind, id, action: `${base}/voorkeuren`, back: base, own: false };
  };

  const worker = { preHandler: requireRole("worker") };
  const client = { preHandler: requireRole("client") };
  const staff = { preHandler: requireRole("admin", "consultant") };
  type WithId = { Params: { id: string }; Body: FormBody };

  app.get("/werker/voorkeuren", worker, (request, reply) => show(request, reply, own("worker", request)));
  app.post<{ Body: FormBody }>("/werker/voorkeuren", worker, (request, reply) => save(request, reply, own("worker", request)));
  app.get("/klant/voorkeuren", client, (request, reply) => show(request, reply, own("client", request)));
  app.post<{ Body: FormBody }>("/klant/voorkeuren", client, (request, reply) => save(request, reply, own("client", request)));
  app.get<WithId>("/werkers/:id/voorkeuren", staff, (request, reply) => show(request, reply, onBehalf("worker", request.params.id)));
  app.post<WithId>("/werkers/:id/voorkeuren", staff, (request, reply) => save(request, reply, onBehalf("worker", request.params.id)));
  app.get<WithId>("/klanten/:id/voorkeuren", staff, (request, reply) => show(request, reply, onBehalf("client", request.params.id)));
  app.post<WithId>("/klanten/:id/voorkeuren", staff, (request, reply) => save(request, reply, onBehalf("client", request.params.id)));
};

export default contactPreferences;
