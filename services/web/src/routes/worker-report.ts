import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { addCalendarMonths, brusselsDateOf } from "@wijkwerk/domain";
import type { ApiResult } from "../api.ts";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, str, type FormBody } from "../forms.ts";
import { passFile } from "../downloads.ts";

type Params = { Params: { id: string } };
type Post = Params & { Body: FormBody };

export const CATEGORY: Record<string, string> = {
  hours: "Gewerkte uren",
  activities: "Activiteiten",
  trainings: "Opleidingen en competenties",
  goals: "Doelen en evaluaties",
  client_feedback: "Feedback van klanten",
};
const labels = { category: "Wat mag gedeeld worden", givenOn: "Toestemming gegeven op", withdrawnOn: "Ingetrokken op", "query.to": "Tot", "query.from": "Van" };

/**
 * Issue 19, "the referrer's report": per worker, what the worker consents to share with VDAB or
 * OCMW (given and withdrawn, with who noted it), and the report's download as PDF or CSV for a
 * period. For the worker's own consultant and admins; every download is audited by the API.
 */
const workerReport: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function page(request: FastifyRequest<Params>, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const id = request.params.id;
    const [worker, consents] = await Promise.all([
      api.request("GET", "/v1/workers/{id}", { params: { id }, token }),
      api.request("GET", "/v1/workers/{id}/report-consents", { params: { id }, token }),
    ]);
    const today = brusselsDateOf(new Date());
    const items = consents.ok ? consents.data.items : [];
    const active = new Set(items.filter((c) => c.active).map((c) => c.category));
    return {
      title: worker.ok ? `Verslag voor de toeleider: ${worker.data.firstName} ${worker.data.lastName}` : "Verslag voor de toeleider",
      workerId: id,
      worker: worker.ok ? worker.data : undefined,
      referrer: worker.ok && worker.data.referrer === "ocmw" ? "OCMW" : "VDAB",
      unavailable: !worker.ok || !consents.ok,
      forbidden: !consents.ok && consents.status === 403,
      consents: items.map((c) => ({ ...c, label: CATEGORY[c.category] ?? c.category })),
      shared: Object.entries(CATEGORY).map(([value, label]) => ({ label, shared: active.has(value as never) })),
      categoryOptions: Object.entries(CATEGORY).map(([value, label]) => ({ value, label })),
      today,
      values: { givenOn: today, from: addCalendarMonths(today, -6), to: today },
      ...extra,
    };
  }

  app.get<Params>("/werkers/:id/verslag", guard, async (request, reply) => reply.page("workers/report", await page(request)));

  async function after(request: FastifyRequest<Post>, reply: FastifyReply, result: ApiResult<unknown>, done: string) {
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels);
      return reply.page(
        "workers/report",
        await page(request, { ...state, values: { ...(await page(request)).values, ...echo(request.body) } }),
        result.unavailable ? 503 : 422,
      );
    }
    reply.flash(done);
    return reply.redirect(`/werkers/${encodeURIComponent(request.params.id)}/verslag`, 303);
  }

  app.post<Post>("/werkers/:id/verslag/toestemming", guard, async (request, reply) => {
    const body = { category: str(request.body, "category") as "hours", givenOn: str(request.body, "givenOn") };
    const result = await api.request("POST", "/v1/workers/{id}/report-consents", { params: { id: request.params.id }, token: request.session!.token, body });
    return after(request, reply, result, "De toestemming is genoteerd.");
  });

  app.post<Post & { Params: { consentId: string } }>("/werkers/:id/verslag/toestemming/:consentId/intrekken", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/workers/{id}/report-consents/{consentId}/withdraw", {
      params: { id: request.params.id, consentId: request.params.consentId },
      token: request.session!.token,
      body: { withdrawnOn: str(request.body, "withdrawnOn") },
    });
    return after(request, reply, result, "De toestemming is ingetrokken.");
  });

  app.get<Params & { Querystring: { format?: string; from?: string; to?: string } }>("/werkers/:id/verslag/download", guard, async (request, reply) => {
    const path = request.query.format === "csv" ? "/v1/workers/{id}/referrer-report.csv" : "/v1/workers/{id}/referrer-report.pdf";
    const query = { from: request.query.from ?? "", to: request.query.to ?? "" };
    const res = await api.download(path, { params: { id: request.params.id }, token: request.session!.token, query });
    if (!(res instanceof Response)) {
      if (sentFailure(request, reply, res)) return reply;
      // The period's errors name the query ("query.to"); the form's fields are "from" and "to".
      const problem = { ...res.problem, errors: res.problem.errors?.map((e) => ({ ...e, path: e.path.replace(/^query\./, "") })) };
      const state = formFailure(problem, labels);
      return reply.page(
        "workers/report",
        await page(request, { ...state, values: { ...(await page(request)).values, ...query } }),
        res.unavailable ? 503 : res.status,
      );
    }
    return passFile(reply, res, { type: "application/octet-stream", disposition: "attachment" });
  });
};

export default workerReport;
