import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { str, type FormBody } from "../forms.ts";
import { activityLabel } from "../i18n/activities.ts";
import { translate } from "../i18n/index.ts";
import { fieldText, problemText } from "../i18n/problem.ts";

/** The client's own pages: who comes when, hours to check, a klus step by step (issue 17). */
const clientPortal: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("client") };
  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";

  app.get<{ Querystring: { nieuw?: string } }>("/klant", guard, async (request, reply) => {
    const token = request.session!.token;
    const lang = request.lang;
    const t = (k: string, v: Record<string, unknown> = {}) => translate(lang, k, v);
    const [wallet, jobs, submitted, disputed, asked] = await Promise.all([
      api.request("GET", "/v1/clients/{id}/wallet", { params: { id: me(request) }, token }),
      api.request("GET", "/v1/jobs", { token, query: { limit: 20 } }),
      api.request("GET", "/v1/time-entries", { token, query: { status: "submitted", limit: 50 } }),
      // A disputed entry stays in view, with its state, until the consultant resolves it.
      api.request("GET", "/v1/time-entries", { token, query: { status: "disputed", limit: 50 } }),
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
          ? (d.data.assignments ?? [])
              .filter((a) => a.status === "accepted" || a.status === "proposed")
              .map((a) => ({
                ...a,
                description: d.data.description,
                activity: activityLabel(lang, d.data.activityCode, undefined),
                confirmed: a.status === "accepted",
                stateLabel: t(a.status === "accepted" ? "client.visit.confirmed" : "client.visit.proposed"),
              }))
          : [],
      )
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    type Entry = (typeof submitted & { ok: true })["data"]["items"][number];
    const entry = (e: Entry) => ({
      ...e,
      activity: e.activityCode ? activityLabel(lang, e.activityCode, e.activityName) : "",
      disputed: e.status === "disputed",
      stateLabel: t(`client.entry.${e.status}`),
    });
    const entries = [...(disputed.ok ? disputed.data.items : []), ...(submitted.ok ? submitted.data.items : [])]
      .map(entry)
      .sort((a, b) => a.date.localeCompare(b.date));
    const fresh = request.query.nieuw;
    return reply.page("client/home", {
      title: t("client.title"),
      languageSwitch: true,
      wallet: wallet.ok ? wallet.data : undefined,
      walletUnavailable: !wallet.ok,
      jobs: (jobState.data?.items ?? []).map((j) => ({
        ...j,
        activity: activityLabel(lang, j.activityCode, undefined),
        statusLabel: t(`client.status.${j.status}`),
        cancellable: j.status === "open" || j.status === "assigned",
        isSeries: j.recurrence !== null && j.parentJobId === null,
        isNew: j.id === fresh,
        isTeam: j.workersNeeded > 1 && (j.status === "open" || j.status === "assigned"),
      })),
      visits,
      jobsUnavailable: !jobs.ok,
      entries,
      entriesUnavailable: !submitted.ok || !disputed.ok,
      activityRequests: (asked.ok ? asked.data.items : []).map((r) => ({
        ...r,
        activityName: r.activityCode ? activityLabel(lang, r.activityCode, r.activityName ?? undefined) : null,
        statusLabel: t(`client.activityStatus.${r.status}`),
      })),
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
      reply.flash(result.ok ? translate(request.lang, action === "confirm" ? "client.confirmed" : "client.disputed") : problemOrField(request, result.problem));
      return reply.redirect("/klant", 303);
    });
  }

  function problemOrField(request: FastifyRequest, problem: Parameters<typeof problemText>[1]): string {
    const first = problem.errors?.[0];
    if (problem.code === "validation.failed" && first) return fieldText(request.lang, first);
    return problemText(request.lang, problem);
  }

  app.post<{ Params: { id: string }; Body: FormBody }>("/klant/klussen/:id/annuleren", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/jobs/{id}/cancel", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { reason: str(request.body, "reason") ?? "" },
    });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? translate(request.lang, "client.cancelled") : problemOrField(request, result.problem));
    return reply.redirect("/klant", 303);
  });
};

export default clientPortal;
