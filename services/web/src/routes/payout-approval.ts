import type { FastifyPluginAsync } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { RUN_STATUS } from "../finance-forms.ts";

/**
 * Four eyes on a payout run (issue 18): the approver reads what they approve — totals, transfers,
 * failing accounts, the largest and unusual amounts, last month — before the button; the one who
 * prepared a run above the organisation's amount is told who may approve it instead.
 */
const payoutApproval: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "finance") };

  app.get<{ Params: { id: string } }>("/financien/uitbetalingen/:id", guard, async (request, reply) => {
    const result = await api.request("GET", "/v1/payout-runs/{id}/approval", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page("errors/error", { title: "Uitbetaling", message: result.problem.detail ?? result.problem.title }, result.status === 404 ? 404 : 422);
    const s = result.data;
    const draft = s.status === "draft";
    return reply.page("finance/approval", {
      title: `Uitbetaling ${s.month} nakijken`,
      run: s,
      statusLabel: RUN_STATUS[s.status] ?? s.status,
      draft,
      canApprove: draft && s.fourEyes.youMayApprove && s.invalidIbans.length === 0,
      selfPrepared: draft && !s.fourEyes.youMayApprove,
      up: (s.differenceCents ?? 0) >= 0,
      differenceAbs: Math.abs(s.differenceCents ?? 0),
    });
  });

  app.post<{ Params: { id: string } }>("/financien/uitbetalingen/:id/goedkeuren", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/payout-runs/{id}/approve", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? "De uitbetaling is goedgekeurd." : (result.problem.detail ?? result.problem.title));
    return reply.redirect(result.ok ? "/financien" : `/financien/uitbetalingen/${request.params.id}`, 303);
  });

  app.post<{ Params: { id: string } }>("/financien/uitbetalingen/:id/verwijderen", guard, async (request, reply) => {
    const result = await api.request("DELETE", "/v1/payout-runs/{id}", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? "Het ontwerp is verwijderd." : (result.problem.detail ?? result.problem.title));
    return reply.redirect(result.ok ? "/financien" : `/financien/uitbetalingen/${request.params.id}`, 303);
  });
};

export default payoutApproval;
