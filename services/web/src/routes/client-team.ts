import type { FastifyPluginAsync } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { translate } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";

/**
 * Issue 19, collective deployment: the organisation confirms the hours of the whole team of a job
 * with one button ("Alles bevestigen"). The API confirms every submitted entry of that job at once,
 * all or nothing; each entry follows the same rule as when it is confirmed on its own.
 */
const clientTeam: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("client") };

  app.post<{ Params: { id: string } }>("/klant/klussen/:id/alles-bevestigen", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/jobs/{id}/confirm-hours", { params: { id: request.params.id }, token: request.session!.token, body: {} });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      reply.flash(problemText(request.lang, result.problem));
      return reply.redirect("/klant", 303);
    }
    const { confirmed, awaitingVouchers } = result.data;
    const parts = [translate(request.lang, "teams.confirmed", { n: confirmed + awaitingVouchers })];
    if (awaitingVouchers > 0) parts.push(translate(request.lang, "teams.awaiting", { n: awaitingVouchers }));
    reply.flash(parts.join(" "));
    return reply.redirect("/klant", 303);
  });
};

export default clientTeam;
