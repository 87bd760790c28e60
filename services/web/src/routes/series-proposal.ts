import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { localToIso, list, str, type FormBody } from "../forms.ts";

type Refused = { jobId: string; code: string; detail: string };

/**
 * Issue 16, "propose a worker for a whole series": the consultant first sees every open date with
 * what stands in its way (a refused date cannot be ticked) and the client's side for all dates, keeps
 * the dates that work, then proposes them at once (all or none, so a race shows the page again).
 */
const seriesProposal: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  /** The dates as the check gives them; `refused` (after a failed proposal) overrides what it said then. */
  async function review(request: FastifyRequest, reply: FastifyReply, b: FormBody, refused: Refused[] = [], problem?: string) {
    const jobId = (request.params as { id: string }).id;
    const body = { workerId: str(b, "workerId"), startsAt: localToIso(str(b, "startsAt")) ?? "", endsAt: localToIso(str(b, "endsAt")) ?? "" };
    const check = await api.request("POST", "/v1/jobs/{id}/series-assignments/check", { params: { id: jobId }, token: request.session!.token, body });
    if (sentFailure(request, reply, check)) return reply;
    if (!check.ok) {
      reply.flash(check.problem.errors?.[0]?.message ?? check.problem.detail ?? check.problem.title);
      return reply.redirect(`/klussen/${encodeURIComponent(jobId)}`, 303);
    }
    const items = check.data.items.map((i) => {
      const refusal = refused.find((r) => r.jobId === i.jobId) ?? i.refusal;
      return { ...i, refusal, checked: !refusal };
    });
    return reply.page(
      "jobs/confirm-series",
      {
        title: "Voorstel voor de reeks nakijken",
        jobId,
        name: str(b, "name"),
        items,
        possible: items.filter((i) => !i.refusal).length,
        warnings: check.data.warnings,
        values: { workerId: body.workerId, startsAt: str(b, "startsAt"), endsAt: str(b, "endsAt") },
        problem,
      },
      problem ? 409 : 200,
    );
  }

  app.post<{ Params: { id: string }; Body: FormBody }>("/klussen/:id/reeks-voorstellen", guard, async (request, reply) => {
    const b = request.body;
    if (str(b, "confirmed") !== "1") return review(request, reply, b);
    const jobIds = list(b, "jobIds");
    if (jobIds.length === 0) return review(request, reply, b, [], "Vink minstens één keer aan.");
    const result = await api.request("POST", "/v1/jobs/{id}/series-assignments", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { workerId: str(b, "workerId"), startsAt: localToIso(str(b, "startsAt")) ?? "", endsAt: localToIso(str(b, "endsAt")) ?? "", jobIds },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const refused = (result.problem as { refused?: Refused[] }).refused ?? [];
      return review(request, reply, b, refused, result.problem.detail ?? result.problem.title);
    }
    const n = result.data.items.length;
    reply.flash(`De wijk-werker is voorgesteld voor ${n} ${n === 1 ? "keer" : "keren"} en krijgt een bericht per keer.`);
    return reply.redirect(`/klussen/${encodeURIComponent(request.params.id)}`, 303);
  });
};

export default seriesProposal;
