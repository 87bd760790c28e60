import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";

/** The client's own cheques: the wallet, an order with its OGM, the fiscal certificate (PDF). */
const clientVouchers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("client") };
  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";

  app.get("/klant/cheques", guard, async (request, reply) => {
    const wallet = await api.request("GET", "/v1/clients/{id}/wallet", { params: { id: me(request) }, token: request.session!.token });
    if (sentFailure(request, reply, wallet)) return reply;
    return reply.page("client/vouchers", {
      title: translate(request.lang, "client.vouchers"),
      languageSwitch: true,
      wallet: wallet.ok ? wallet.data : undefined,
      walletUnavailable: !wallet.ok,
      values: { quantity: "10" },
    });
  });

  app.post<{ Body: FormBody }>("/klant/cheques", guard, async (request, reply) => {
    const token = request.session!.token;
    const result = await api.request("POST", "/v1/voucher-orders", {
      token,
      idempotencyKey: str(request.body, "idem") || randomUUID(),
      body: { clientId: me(request), quantity: num(request.body, "quantity") ?? "" },
    });
    if (sentFailure(request, reply, result)) return reply;
    const wallet = await api.request("GET", "/v1/clients/{id}/wallet", { params: { id: me(request) }, token });
    const base = {
      title: translate(request.lang, "client.vouchers"),
      languageSwitch: true,
      wallet: wallet.ok ? wallet.data : undefined,
      walletUnavailable: !wallet.ok,
    };
    if (!result.ok)
      return reply.page(
        "client/vouchers",
        {
          ...base,
          values: echo(request.body),
          ...formFailure(result.problem, { quantity: translate(request.lang, "client.quantity") }),
          postUnavailable: result.unavailable,
        },
        422,
      );
    return reply.page("client/vouchers", { ...base, values: {}, order: result.data });
  });

  app.get<{ Querystring: { year?: string } }>("/klant/attest", guard, async (request, reply) => {
    const year = Number(request.query.year) || new Date().getFullYear() - 1;
    const res = await api.download("/v1/clients/{id}/tax-certificate", {
      params: { id: me(request) },
      token: request.session!.token,
      query: { year, lang: request.lang },
    });
    if (!(res instanceof Response)) {
      if (sentFailure(request, reply, res)) return reply;
      return reply.page(
        "errors/error",
        {
          title: translate(request.lang, "client.certificate"),
          message: res.unavailable ? translate(request.lang, "notAvailable") : (res.problem.detail ?? res.problem.title),
          languageSwitch: true,
        },
        res.status,
      );
    }
    return reply
      .type(res.headers.get("content-type") ?? "application/pdf")
      .header("content-disposition", res.headers.get("content-disposition") ?? `attachment; filename="fiscaal-attest-${year}.pdf"`)
      .send(Buffer.from(await res.arrayBuffer()));
  });
};

export default clientVouchers;
