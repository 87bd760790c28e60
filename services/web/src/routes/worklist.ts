import type { FastifyPluginAsync } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
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
      ? w.disputedEntries.total + w.awaitingVouchers.total + w.proposals.total + w.unpaidFees.total + w.endingAgreements.total + w.incompleteWorkers.total
      : 0;
    return reply.page("consultant/worklist", {
      title: "Te doen",
      w,
      count: count + handovers.cards.length,
      handovers,
      unavailable: state.unavailable,
      loadError: state.error,
    });
  });
};

export default worklist;
