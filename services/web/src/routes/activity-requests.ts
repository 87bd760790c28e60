import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, optional, str, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { activities } from "../refdata.ts";

const DECISIONS = [
  { value: "granted", label: "Toevoegen: de klant kan het bestellen" },
  { value: "forwarded", label: "Doorsturen naar VDAB (staat niet op de Vlaamse lijst)" },
  { value: "refused", label: "Weigeren" },
];
const STATUS_NL: Record<string, string> = { open: "nieuw", granted: "toegevoegd", refused: "geweigerd", forwarded: "bij VDAB" };

/**
 * Asking the organisation to add an activity (RULES §3, S19/S25): the client on its phone, or a
 * consultant for a client at a zitdag; the admin answers on /activiteiten (RULES §6, S32).
 */
const activityRequests: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";

  async function askPage(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const acts = await activities(api, request.session!.token, request.lang);
    return {
      title: translate(request.lang, "client.askActivity"),
      languageSwitch: true,
      values,
      activities: acts.options,
      unavailable: acts.unavailable,
      ...extra,
    };
  }

  app.get("/klant/activiteit", { preHandler: requireRole("client") }, async (request, reply) => reply.page("client/ask-activity", await askPage(request, {})));

  app.post<{ Body: FormBody }>("/klant/activiteit", { preHandler: requireRole("client") }, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/activity-requests", {
      token: request.session!.token,
      body: { clientId: me(request), activityCode: optional(str(b, "activityCode")), wish: str(b, "wish") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const t = (k: string) => translate(request.lang, k);
      const state = formFailure(result.problem, { activityCode: t("client.wishActivity"), wish: t("client.wish") }, request.lang);
      // The API speaks Dutch; the one refusal a client meets often is said in its own language.
      if (result.problem.code === "activity_request.already_allowed")
        Object.assign(state, { problem: t("client.alreadyAllowed"), errors: { activityCode: t("client.alreadyAllowed") }, errorList: [] });
      return reply.page("client/ask-activity", await askPage(request, echo(b), { ...state, postUnavailable: result.unavailable }), 422);
    }
    reply.flash(translate(request.lang, "client.asked"));
    return reply.redirect("/klant", 303);
  });

  // A consultant asks for a client who came to the zitdag or phoned; the answer shows on the client's page too.
  app.post<{ Params: { id: string }; Body: FormBody }>(
    "/klanten/:id/activiteit-vraag",
    { preHandler: requireRole("admin", "consultant") },
    async (request, reply) => {
      const b = request.body;
      const result = await api.request("POST", "/v1/activity-requests", {
        token: request.session!.token,
        body: { clientId: request.params.id, activityCode: optional(str(b, "activityCode")), wish: str(b, "wish") },
      });
      if (sentFailure(request, reply, result)) return reply;
      reply.flash(
        result.ok
          ? "De vraag staat bij de beheerder. Het antwoord komt op de pagina van de klant."
          : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
      );
      return reply.redirect(`/klanten/${request.params.id}`, 303);
    },
  );

  app.get("/activiteiten", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const token = request.session!.token;
    const [open, forwarded, all, acts] = await Promise.all([
      api.request("GET", "/v1/activity-requests", { token, query: { status: "open", limit: 100 } }),
      api.request("GET", "/v1/activity-requests", { token, query: { status: "forwarded", limit: 100 } }),
      api.request("GET", "/v1/activity-requests", { token, query: { limit: 20 } }),
      activities(api, token),
    ]);
    if (sentFailure(request, reply, open)) return reply;
    const toDo = [...(loadState(open).data?.items ?? []), ...(loadState(forwarded).data?.items ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const label = <T extends { status: string }>(r: T) => ({ ...r, statusLabel: STATUS_NL[r.status] ?? r.status });
    return reply.page("consultant/activity-requests", {
      title: "Vragen om een activiteit",
      canAnswer: request.session!.role === "admin",
      toDo: toDo.map(label),
      answered: (loadState(all).data?.items ?? []).filter((r) => r.status === "granted" || r.status === "refused").map(label),
      unavailable: !open.ok || !forwarded.ok || !all.ok,
      decisions: DECISIONS,
      activities: acts.options,
    });
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/activiteiten/:id/antwoord", { preHandler: requireRole("admin") }, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/activity-requests/{id}/answer", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: {
        decision: str(b, "decision") as "granted" | "refused" | "forwarded",
        activityCode: optional(str(b, "activityCode")),
        answer: optional(str(b, "answer")),
      },
    });
    if (sentFailure(request, reply, result)) return reply;
    const done: Record<string, string> = {
      granted: "Toegevoegd: de klant kan deze activiteit nu bestellen.",
      refused: "Geweigerd. De klant ziet uw uitleg.",
      forwarded: "Doorgestuurd naar VDAB. De klant ziet uw uitleg.",
    };
    reply.flash(
      result.ok ? (done[result.data.status] ?? "Beantwoord.") : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
    );
    return reply.redirect("/activiteiten", 303);
  });
};

export default activityRequests;
