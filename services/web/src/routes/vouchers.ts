import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { randomUUID } from "node:crypto";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";
import { pickClient } from "../search.ts";

/** Selling vouchers at the counter: find the client, a quantity, and hand over the OGM. */
const vouchers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function page(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const query = request.query as { clientId?: string; zoek?: string };
    const picker = await pickClient(api, request.session!.token, {
      clientId: (typeof values.clientId === "string" && values.clientId) || query.clientId,
      zoek: query.zoek,
    });
    return { title: "Cheques verkopen", values, picker, ...extra };
  }

  app.get<{ Querystring: { clientId?: string; zoek?: string } }>("/cheques", guard, async (request, reply) =>
    reply.page("consultant/vouchers", await page(request, { quantity: "10" })),
  );

  app.post<{ Body: FormBody }>("/cheques", guard, async (request, reply) => {
    const body = { clientId: str(request.body, "clientId"), quantity: num(request.body, "quantity") ?? "" };
    const result = await api.request("POST", "/v1/voucher-orders", {
      token: request.session!.token,
      idempotencyKey: str(request.body, "idem") || randomUUID(),
      body,
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "consultant/vouchers",
        await page(request, echo(request.body), {
          ...formFailure(result.problem, { clientId: "Klant", quantity: "Aantal cheques" }),
          unavailable: result.unavailable,
        }),
        422,
      );
    return reply.page("consultant/vouchers", await page(request, { quantity: "10" }, { order: result.data }));
  });
};

export default vouchers;
