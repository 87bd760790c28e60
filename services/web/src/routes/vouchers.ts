import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { randomUUID } from "node:crypto";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";

/** Selling vouchers at the counter: pick a client, a quantity, and hand over the OGM. */
const vouchers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function page(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const clients = await api.request("GET", "/v1/clients", { token: request.session!.token, query: { limit: 200 } });
    return { title: "Cheques verkopen", values, clients: clients.ok ? clients.data.items.map((c) => ({ value: c.id, label: `${c.name}${c.clientNumber ? ` (${c.clientNumber})` : ""}` })) : [], clientsUnavailable: !clients.ok, ...extra };
  }

  app.get("/cheques", guard, async (request, reply) => reply.page("consultant/vouchers", await page(request, { quantity: "10" })));

  app.post<{ Body: FormBody }>("/cheques", guard, async (request, reply) => {
    const body = { clientId: str(request.body, "clientId"), quantity: num(request.body, "quantity") ?? "" };
    const result = await api.request("POST", "/v1/voucher-orders", { token: request.session!.token, idempotencyKey: str(request.body, "idem") || randomUUID(), body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return reply.page("consultant/vouchers", await page(request, echo(request.body), { ...formFailure(result.problem, { clientId: "Klant", quantity: "Aantal cheques" }), unavailable: result.unavailable }), 422);
    return reply.page("consultant/vouchers", await page(request, { quantity: "10" }, { order: result.data }));
  });
};

export default vouchers;
