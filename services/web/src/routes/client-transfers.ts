import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { TRANSFER_KIND } from "../transfer-labels.ts";
import { passFile } from "../downloads.ts";

/**
 * Finance (issue 18): money going back — voucher refunds and payments returned to their sender —
 * approved by a second person above the organisation's amount, then paid with a SEPA file; and
 * manual payments waiting for that second person.
 */
const clientTransfers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "finance") };
  const back = "/financien/terugbetalingen";

  app.get("/financien/terugbetalingen", guard, async (request, reply) => {
    const token = request.session!.token;
    const [open, approved, batches, waiting, unmatched] = await Promise.all([
      api.request("GET", "/v1/client-transfers", { token, query: { status: "draft", limit: 200 } }),
      api.request("GET", "/v1/client-transfers", { token, query: { status: "approved", limit: 200 } }),
      api.request("GET", "/v1/client-transfers/batches", { token }),
      api.request("GET", "/v1/payments", { token, query: { status: "awaiting_approval", limit: 200 } }),
      api.request("GET", "/v1/payments", { token, query: { status: "unmatched", limit: 200 } }),
    ]);
    if (sentFailure(request, reply, open)) return reply;
    const openState = loadState(open);
    const approvedState = loadState(approved);
    return reply.page("finance/transfers", {
      title: "Terugbetalingen",
      drafts: (openState.data?.items ?? []).map((t) => ({ ...t, kindLabel: TRANSFER_KIND[t.kind] ?? t.kind })),
      draftsUnavailable: !open.ok,
      approved: (approvedState.data?.items ?? []).map((t) => ({ ...t, kindLabel: TRANSFER_KIND[t.kind] ?? t.kind })),
      approvedTotal: (approvedState.data?.items ?? []).reduce((s, t) => s + t.amountCents, 0),
      batches: batches.ok ? batches.data.items : [],
      waiting: waiting.ok ? waiting.data.items : [],
      returnable: unmatched.ok ? unmatched.data.items.filter((p) => !p.returnTransferId) : [],
    });
  });

  async function act(request: FastifyRequest, reply: FastifyReply, call: () => ReturnType<typeof api.request>, done: string) {
    const result = await call();
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(result.ok ? done : (result.problem.detail ?? result.problem.title));
    return reply.redirect(back, 303);
  }

  app.post<{ Params: { id: string } }>("/financien/terugbetalingen/:id/goedkeuren", guard, async (request, reply) =>
    act(
      request,
      reply,
      () => api.request("POST", "/v1/client-transfers/{id}/approve", { params: { id: request.params.id }, token: request.session!.token }),
      "De terugbetaling is goedgekeurd. Ze komt in het volgende SEPA-bestand.",
    ),
  );

  app.post<{ Params: { id: string } }>("/financien/terugbetalingen/:id/verwijderen", guard, async (request, reply) =>
    act(
      request,
      reply,
      () => api.request("DELETE", "/v1/client-transfers/{id}", { params: { id: request.params.id }, token: request.session!.token }),
      "Het ontwerp is verwijderd. Teruggenomen cheques staan weer bij de klant.",
    ),
  );

  app.post("/financien/terugbetalingen/sepa", guard, async (request, reply) =>
    act(
      request,
      reply,
      () => api.request("POST", "/v1/client-transfers/batches", { token: request.session!.token }),
      "Het SEPA-bestand is klaar. Download het hieronder en laad het op bij uw bank.",
    ),
  );

  app.post<{ Params: { id: string } }>("/financien/betalingen/:id/goedkeuren", guard, async (request, reply) =>
    act(
      request,
      reply,
      () => api.request("POST", "/v1/payments/{id}/approve", { params: { id: request.params.id }, token: request.session!.token }),
      "De betaling is goedgekeurd en geboekt.",
    ),
  );

  app.post<{ Params: { id: string } }>("/financien/betalingen/:id/verwijderen", guard, async (request, reply) =>
    act(
      request,
      reply,
      () => api.request("DELETE", "/v1/payments/{id}", { params: { id: request.params.id }, token: request.session!.token }),
      "De betaling is verwijderd.",
    ),
  );

  app.get<{ Params: { id: string } }>("/financien/terugbetalingen/bestanden/:id/sepa.xml", guard, async (request, reply) => {
    const res = await api.download("/v1/client-transfers/batches/{id}/sepa.xml", { params: { id: request.params.id }, token: request.session!.token });
    if (!(res instanceof Response)) {
      if (sentFailure(request, reply, res)) return reply;
      return reply.page("errors/error", { title: "Downloaden lukt niet", message: res.problem.detail ?? res.problem.title }, res.status === 404 ? 404 : 422);
    }
    return passFile(reply, res, { type: "application/xml", disposition: 'attachment; filename="terugbetalingen.xml"' });
  });
};

export default clientTransfers;
