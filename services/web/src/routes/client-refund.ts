import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, optional, str, type FormBody } from "../forms.ts";
import { pickClient } from "../search.ts";

const LABELS = { clientId: "Klant", quantity: "Aantal cheques", iban: "Rekeningnummer (IBAN) van de klant" };

/**
 * Taking vouchers back (POST /v1/voucher-refunds): the vouchers leave the client's wallet at once and
 * the money follows by bank transfer once finance approved it (issue 18).
 */
const clientRefund: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant", "finance") };

  async function page(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const query = request.query as { clientId?: string; zoek?: string };
    const token = request.session!.token;
    const picker = await pickClient(api, token, { clientId: (typeof values.clientId === "string" && values.clientId) || query.clientId, zoek: query.zoek });
    const wallet = picker.chosen ? await api.request("GET", "/v1/clients/{id}/wallet", { params: { id: picker.chosen.id }, token }) : undefined;
    return { title: "Cheques terugnemen en terugbetalen", values, picker, wallet: wallet?.ok ? wallet.data : undefined, idem: randomUUID(), ...extra };
  }

  app.get<{ Querystring: { clientId?: string; zoek?: string } }>("/cheques/terugbetalen", guard, async (request, reply) =>
    reply.page("finance/refund", await page(request, { quantity: "1" })),
  );

  app.post<{ Body: FormBody }>("/cheques/terugbetalen", guard, async (request, reply) => {
    const clientId = str(request.body, "clientId");
    const iban = optional(str(request.body, "iban"));
    const result = await api.request("POST", "/v1/voucher-refunds", {
      token: request.session!.token,
      idempotencyKey: str(request.body, "idem") || randomUUID(),
      body: { clientId, quantity: num(request.body, "quantity") ?? "", ...(iban ? { iban } : {}) } as { clientId: string; quantity: number },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, LABELS);
      // No account known: the IBAN field is the one to fill in.
      if (result.problem.code === "refund.iban_unknown") state.errors.iban = result.problem.detail ?? result.problem.title;
      return reply.page(
        "finance/refund",
        await page(request, echo(request.body), { ...state, unavailable: result.unavailable }),
        result.status === 409 || result.status === 404 ? result.status : 422,
      );
    }
    // Shown on the page itself (the amount in its no-wrap span); the idempotency key keeps a reload from refunding twice.
    return reply.page("finance/refund", await page(request, { quantity: "1", clientId: result.data.clientId }, { refunded: result.data }));
  });
};

export default clientRefund;
