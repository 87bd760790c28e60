import type { FastifyPluginAsync } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";

const STATUS: Record<string, string> = { queued: "Wacht", sending: "Wordt verstuurd", sent: "Verstuurd", failed: "Mislukt", suppressed: "Niet verstuurd" };

const EVENT: Record<string, string> = {
  "assignment.proposed": "Voorstel van een klus",
  "assignment.confirmed": "Klus bevestigd",
  "assignment.reminder": "Herinnering aan een klus",
  "assignment.cancelled": "Klus geannuleerd",
  "assignment.expired": "Voorstel verlopen",
  "time_entry.to_confirm": "Uren nakijken",
  "voucher_order.created": "Betaling van cheques",
  "vouchers.low": "Bijna geen cheques meer",
  "vouchers.expiring": "Cheques vervallen binnenkort",
  "agreement.ending": "Overeenkomst loopt af",
  "agreement.ending_worker": "Overeenkomst loopt af (wijk-werker)",
  "training.reminder": "Herinnering aan een opleiding",
  "appointment.reminder": "Herinnering aan een afspraak",
  "auth.code": "Aanmeldcode",
};

/** What mail and SMS went out (and what failed), so a consultant can answer "did they get it?". */
const deliveries: FastifyPluginAsync = async (app) => {
  const { api } = app.web;

  app.get<{ Querystring: { status?: string; cursor?: string } }>("/berichten", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const { status, cursor } = request.query;
    const result = await api.request("GET", "/v1/deliveries", { token: request.session!.token, query: { status, cursor, limit: 50 } });
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    return reply.page("consultant/deliveries", {
      title: "Berichten",
      rows: (state.data?.items ?? []).map((d) => ({
        ...d,
        eventLabel: EVENT[d.event] ?? d.event,
        statusLabel: STATUS[d.status] ?? d.status,
        failed: d.status === "failed",
      })),
      nextCursor: state.data?.nextCursor,
      unavailable: state.unavailable,
      loadError: state.error,
      status: status ?? "",
      statuses: Object.entries(STATUS).map(([value, label]) => ({ value, label })),
    });
  });
};

export default deliveries;
