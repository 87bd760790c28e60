import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, localToIso, num, str, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { activities } from "../refdata.ts";

const STEP_FIELDS: Record<string, number> = { activityCode: 1, description: 2, estimatedMinutes: 2, "window.from": 3, "window.to": 3 };

/** The client's own pages: overview, order a klus in three steps, hours, vouchers, certificate. */
const clientPortal: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("client") };
  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";

  app.get("/klant", guard, async (request, reply) => {
    const token = request.session!.token;
    const [wallet, jobs, entries, asked] = await Promise.all([
      api.request("GET", "/v1/clients/{id}/wallet", { params: { id: me(request) }, token }),
      api.request("GET", "/v1/jobs", { token, query: { limit: 20 } }),
      api.request("GET", "/v1/time-entries", { token, query: { status: "submitted", limit: 50 } }),
      api.request("GET", "/v1/activity-requests", { token, query: { limit: 5 } }),
    ]);
    if (sentFailure(request, reply, wallet)) return reply;
    const jobState = loadState(jobs);
    // The list has no assignments; the few open jobs are read one by one for "who comes when".
    const details = await Promise.all(
      (jobState.data?.items ?? [])
        .filter((j) => j.status !== "cancelled" && j.status !== "done")
        .slice(0, 10)
        .map((j) => api.request("GET", "/v1/jobs/{id}", { params: { id: j.id }, token })),
    );
    const visits = details
      .flatMap((d) =>
        d.ok
          ? (d.data.assignments ?? []).filter((a) => a.status === "accepted" || a.status === "proposed").map((a) => ({ ...a, description: d.data.description }))
          : [],
      )
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return reply.page("client/home", {
      title: translate(request.lang, "client.title"),
      languageSwitch: true,
      wallet: wallet.ok ? wallet.data : undefined,
      walletUnavailable: !wallet.ok,
      jobs: (jobState.data?.items ?? []).map((j) => ({
        ...j,
        statusLabel: translate(request.lang, `client.status.${j.status}`),
        cancellable: j.status === "open" || j.status === "assigned",
        isSeries: j.recurrence !== null && j.parentJobId === null,
      })),
      visits,
      jobsUnavailable: !jobs.ok,
      entries: entries.ok ? entries.data.items : [],
      entriesUnavailable: !entries.ok,
      activityRequests: (asked.ok ? asked.data.items : []).map((r) => ({ ...r, statusLabel: translate(request.lang, `client.activityStatus.${r.status}`) })),
      year: new Date().getFullYear() - 1,
    });
  });

  for (const action of ["confirm", "dispute"] as const) {
    app.post<{ Params: { id: string }; Body: FormBody }>(`/klant/prestaties/:id/${action}`, guard, async (request, reply) => {
      const options = { params: { id: request.params.id }, token: request.session!.token };
      const result =
        action === "dispute"
          ? await api.request("POST", "/v1/time-entries/{id}/dispute", { ...options, body: { reason: str(request.body, "reason") } })
          : await api.request("POST", "/v1/time-entries/{id}/confirm", options);
      if (sentFailure(request, reply, result)) return reply;
      reply.flash(
        result.ok
          ? translate(request.lang, action === "confirm" ? "client.confirmed" : "client.disputed")
          : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
      );
      return reply.redirect("/klant", 303);
    });
  }

  app.post<{ Params: { id: string }; Body: FormBody }>("/klant/klussen/:id/annuleren", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/jobs/{id}/cancel", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { reason: str(request.body, "reason") ?? "" },
    });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(
      result.ok ? translate(request.lang, "client.cancelled") : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
    );
    return reply.redirect("/klant", 303);
  });

  // Three steps without JavaScript: each step posts everything so far in hidden fields.
  async function stepPage(request: FastifyRequest, step: number, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const acts = await activities(api, request.session!.token);
    return {
      title: translate(request.lang, "client.order"),
      languageSwitch: true,
      step,
      values,
      activities: acts.options,
      unavailable: acts.unavailable,
      ...extra,
    };
  }

  app.get("/klant/klus", guard, async (request, reply) => reply.page("client/order", await stepPage(request, 1, { estimatedMinutes: "120" })));

  app.post<{ Body: FormBody }>("/klant/klus", guard, async (request, reply) => {
    const b = request.body;
    const step = Number(str(b, "step")) || 1;
    const values = echo(b);
    if (str(b, "back")) return reply.page("client/order", await stepPage(request, Math.max(1, step - 1), values));
    if (step < 3) return reply.page("client/order", await stepPage(request, step + 1, values));
    const body = {
      clientId: me(request),
      activityCode: str(b, "activityCode"),
      description: str(b, "description"),
      estimatedMinutes: num(b, "estimatedMinutes") ?? "",
      window: { from: localToIso(str(b, "window.from")) ?? "", to: localToIso(str(b, "window.to")) ?? "" },
    };
    const result = await api.request("POST", "/v1/jobs", { token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const t = (k: string) => translate(request.lang, k);
      const state = formFailure(result.problem, {
        activityCode: t("client.activity"),
        description: t("client.description"),
        estimatedMinutes: t("client.duration"),
        "window.from": t("client.from"),
        "window.to": t("client.to"),
      });
      // Go back to the first step that holds a field with an error.
      const back = Math.min(3, ...Object.keys(state.errors).map((p) => STEP_FIELDS[p] ?? 3));
      return reply.page("client/order", await stepPage(request, back, values, { ...state, postUnavailable: result.unavailable }), 422);
    }
    reply.flash(translate(request.lang, "client.ordered"));
    return reply.redirect("/klant", 303);
  });
};

export default clientPortal;
