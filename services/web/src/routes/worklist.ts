import type { FastifyPluginAsync } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { EXIT_REASON, momentLabel } from "../trajectory-labels.ts";
import { handoverCards } from "../handover-cards.ts";

/** The consultant's worklist ("Te doen", issue 16): what waits, each with the way to resolve it. */
const worklist: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  app.get("/te-doen", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const [result, handovers] = await Promise.all([
      api.request("GET", "/v1/worklist", { token: request.session!.token }),
      handoverCards(api, request.session!.token),
    ]);
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    const w = state.data;
    const count = w
      ? w.disputedEntries.total +
        w.awaitingVouchers.total +
        w.proposals.total +
        w.unpaidFees.total +
        w.endingAgreements.total +
        w.incompleteWorkers.total +
        w.evaluationsDue.total +
        w.followUpsDue.total
      : 0;
    // Issue 19: the coaching due, in the consultant's words.
    const coaching = w
      ? {
          evaluations: w.evaluationsDue.items.map((e) => ({ ...e, label: momentLabel(e.moment) })),
          followUps: w.followUpsDue.items.map((f) => ({ ...f, reasonText: EXIT_REASON[f.reason] ?? f.reason })),
        }
      : undefined;
    return reply.page("consultant/worklist", {
      title: "Te doen",
      w,
      coaching,
      count: count + handovers.cards.length,
      handovers,
      unavailable: state.unavailable,
      loadError: state.error,
    });
  });
};

export default worklist;
