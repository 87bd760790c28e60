import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, optional, str, type FormBody } from "../forms.ts";

type Payment = {
  id: string;
  amountCents: number;
  paidOn: string;
  counterpartyName: string | null;
  counterpartyIban?: string | null;
  returnTransferId?: string | null;
};

/**
 * Refund-to-sender (issue 18): finance sees the unmatched payment and confirms that it goes back to
 * the account it came from; the transfer is then approved on /financien/terugbetalingen.
 */
const paymentReturn: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "finance") };

  /** The unmatched payment, read from the list finance works from (pages of 200). */
  async function findUnmatched(token: string, id: string) {
    let cursor: string | undefined;
    for (let page = 0; page < 25; page++) {
      const res = await api.request("GET", "/v1/payments", { token, query: { status: "unmatched", limit: 200, ...(cursor ? { cursor } : {}) } });
      if (!res.ok) return res;
      const found = res.data.items.find((p) => p.id === id);
      if (found) return { ok: true as const, status: 200, data: found as Payment & Record<string, unknown> };
      if (!res.data.nextCursor) break;
      cursor = res.data.nextCursor;
    }
    return { ok: true as const, status: 200, data: undefined };
  }

  async function show(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) {
    const found = await findUnmatched(request.session!.token, request.params.id);
    if (sentFailure(request, reply, found)) return reply;
    if (!found.ok)
      return reply.page("errors/error", { title: "Terugstorten", message: "De betalingen zijn nu niet beschikbaar. Probeer het later opnieuw." }, 503);
    const payment = found.data;
    if (!payment)
      return reply.page("errors/error", { title: "Terugstorten", message: "Deze betaling bestaat niet of is al gekoppeld aan een bestelling." }, 404);
    return reply.page(
      "finance/payment-return",
      {
        title: "Betaling terugstorten",
        payment,
        alreadyReturned: Boolean(payment.returnTransferId),
        needsIban: !payment.counterpartyIban,
        needsName: !payment.counterpartyName,
        values: {},
        ...extra,
      },
      status,
    );
  }

  app.get<{ Params: { id: string } }>("/financien/betalingen/:id/terugstorten", guard, async (request, reply) => show(request, reply));

  app.post<{ Params: { id: string }; Body: FormBody }>("/financien/betalingen/:id/terugstorten", guard, async (request, reply) => {
    const iban = optional(str(request.body, "iban"));
    const name = optional(str(request.body, "name"));
    const result = await api.request("POST", "/v1/payments/{id}/return", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { ...(iban ? { iban } : {}), ...(name ? { name } : {}) },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, { iban: "Rekeningnummer (IBAN) van de afzender", name: "Naam van de afzender" });
      return show(request, reply, { form: { ...state, unavailable: result.unavailable }, values: echo(request.body) }, result.status === 409 ? 409 : 422);
    }
    reply.flash(`De terugstorting aan ${result.data.creditorName} staat klaar. Een collega keurt ze goed; daarna gaat ze mee in het SEPA-bestand.`);
    return reply.redirect("/financien/terugbetalingen", 303);
  });
};

export default paymentReturn;
