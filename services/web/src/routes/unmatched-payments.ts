import type { FastifyPluginAsync } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { UNMATCHED } from "../finance-forms.ts";
import { str, type FormBody } from "../forms.ts";
import { searchClients } from "../search.ts";

const PAGE = "/financien/niet-gekoppeld";
const KIND_LABEL: Record<string, string> = { order: "Bestelling", fee: "Inschrijvingsgeld", client: "Klant" };
type Query = { na?: string; betaling?: string; zoek?: string };
type Settled = { vouchers?: number; clientAgreementId?: string };

/** What a booked payment did, in words for the flash. */
function settledText(d: Settled): string {
  if (d.vouchers !== undefined) return `De betaling is gekoppeld: ${d.vouchers} cheques zijn uitgegeven.`;
  if (d.clientAgreementId !== undefined) return "De betaling is gekoppeld: het inschrijvingsgeld is betaald.";
  // No amount in the flash (plain text, could wrap): the credits table below shows it.
  return "De betaling staat als tegoed op de rekening van de klant (zie Tegoed van klanten).";
}

/**
 * Issue 18, matching as payers really pay: the unmatched payments with their likely match (one
 * click "Bevestigen"), a search to link one to a client or an open order of that client, and the
 * way to send the money back (that page belongs to the refunds work; here only the link).
 */
const unmatchedPayments: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "finance") };

  app.get<{ Querystring: Query }>(PAGE, guard, async (request, reply) => {
    const token = request.session!.token;
    const q = request.query;
    const [list, credits] = await Promise.all([
      api.request("GET", "/v1/payments", { token, query: { status: "unmatched", limit: 50, ...(q.na ? { cursor: q.na } : {}) } }),
      api.request("GET", "/v1/client-credits", { token, query: { limit: 100 } }),
    ]);
    if (sentFailure(request, reply, list)) return reply;
    const zoek = (q.zoek ?? "").trim();
    const found = q.betaling && zoek ? await searchClients(api, token, zoek) : undefined;
    // The open orders of each client found, to link to one directly.
    const clients = found
      ? await Promise.all(
          found.items.slice(0, 8).map(async (c) => {
            const orders = await api.request("GET", "/v1/voucher-orders", { token, query: { clientId: c.id, status: "awaiting_payment", limit: 10 } });
            return { ...c, orders: orders.ok ? orders.data.items : [] };
          }),
        )
      : [];
    const items = list.ok
      ? list.data.items.map((p) => ({
          ...p,
          reasonLabel: p.unmatchedReason ? (UNMATCHED[p.unmatchedReason] ?? p.unmatchedReason) : "",
          proposal: p.proposal
            ? { ...p.proposal, kindLabel: KIND_LABEL[p.proposal.kind], targetId: p.proposal.orderId ?? p.proposal.clientAgreementId ?? p.proposal.clientId }
            : null,
          searching: q.betaling === p.id,
          search: q.betaling === p.id ? { q: zoek, clients, more: found?.more ?? false, unavailable: found?.unavailable ?? false } : null,
        }))
      : [];
    return reply.page("finance/unmatched", {
      title: "Niet gekoppelde betalingen",
      items,
      unavailable: !list.ok,
      next: list.ok ? list.data.nextCursor : null,
      credits: credits.ok ? credits.data.items : [],
      creditsUnavailable: !credits.ok,
    });
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/financien/betalingen/:id/bevestigen", guard, async (request, reply) => {
    const kind = str(request.body, "kind");
    const result = await api.request("POST", "/v1/payments/{id}/confirm-match", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { kind: kind === "order" || kind === "fee" ? kind : "client", targetId: str(request.body, "targetId") },
    });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? settledText(result.data) : (result.problem.detail ?? result.problem.title));
    return reply.redirect(PAGE, 303);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/financien/betalingen/:id/koppelen", guard, async (request, reply) => {
    const clientId = str(request.body, "clientId");
    const orderId = str(request.body, "orderId");
    const result = await api.request("POST", "/v1/payments/{id}/link", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: orderId ? { orderId } : { clientId },
    });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? settledText(result.data) : (result.problem.detail ?? result.problem.title));
    const back = `${PAGE}?betaling=${encodeURIComponent(request.params.id)}&zoek=${encodeURIComponent(str(request.body, "zoek"))}#betaling-${request.params.id}`;
    return reply.redirect(result.ok ? PAGE : back, 303);
  });
};

export default unmatchedPayments;
