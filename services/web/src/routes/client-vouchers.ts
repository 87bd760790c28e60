import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { voucherOrderNeedsConfirmation } from "@wijkwerk/domain";
import { formatIban as formatIbanDisplay } from "@wijkwerk/notify";
import { requireRole, sentFailure } from "../context.ts";
import { str, type FormBody } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { fieldText, problemText } from "../i18n/problem.ts";

/**
 * The client's own cheques (issue 17, money with the facts): the price and the total before
 * ordering, a question above 40 vouchers (domain voucherOrderNeedsConfirmation), the IBAN next to
 * the OGM on screen and on a printable page, the orders still to be paid; the fiscal certificate.
 */
const clientVouchers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("client") };
  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";

  async function base(request: FastifyRequest) {
    const token = request.session!.token;
    const [wallet, terms, orders, credit] = await Promise.all([
      api.request("GET", "/v1/clients/{id}/wallet", { params: { id: me(request) }, token }),
      api.request("GET", "/v1/clients/{id}/voucher-terms", { params: { id: me(request) }, token }),
      api.request("GET", "/v1/voucher-orders", { token, query: { limit: 20 } }),
      api.request("GET", "/v1/clients/{id}/credit", { params: { id: me(request) }, token }),
    ]);
    const items = orders.ok ? orders.data.items : [];
    const t = (k: string) => translate(request.lang, k);
    return {
      wallet,
      data: {
        title: t("client.vouchers"),
        languageSwitch: true,
        wallet: wallet.ok ? wallet.data : undefined,
        walletUnavailable: !wallet.ok,
        terms: terms.ok ? { ...terms.data, iban: terms.data.payTo ? formatIbanDisplay(terms.data.payTo.iban) : undefined } : undefined,
        termsUnavailable: !terms.ok,
        orders: items.map((o) => ({ ...o, statusLabel: t(`client.order.status.${o.status}`), open: o.status === "awaiting_payment" })),
        toPayCents: items.filter((o) => o.status === "awaiting_payment").reduce((s, o) => s + o.amountCents, 0),
        ordersUnavailable: !orders.ok,
        // Issue 18: the permanent OGM to pay with, and the credit (tegoed) money that fitted no order became.
        credit: credit.ok ? credit.data : undefined,
      },
    };
  }

  app.get("/klant/cheques", guard, async (request, reply) => {
    const { wallet, data } = await base(request);
    if (sentFailure(request, reply, wallet)) return reply;
    return reply.page("client/vouchers", { ...data, values: { quantity: "10" } });
  });

  /** Whole vouchers from 1 up to the API's maximum, checked here in the reader's language. */
  function quantityError(request: FastifyRequest, raw: string, max: number): string | undefined {
    if (!/^\d+$/.test(raw.trim())) return translate(request.lang, "client.quantity.whole");
    const n = Number(raw);
    if (n < 1) return translate(request.lang, "client.quantity.min");
    if (n > max) return translate(request.lang, "client.quantity.max", { max });
    return undefined;
  }

  async function formAgain(request: FastifyRequest, reply: FastifyReply, quantity: string, message: string, status = 422) {
    const { data } = await base(request);
    return reply.page(
      "client/vouchers",
      {
        ...data,
        values: { quantity },
        problem: message,
        errors: { quantity: message },
        errorList: [{ path: "quantity", label: translate(request.lang, "client.quantity"), message }],
      },
      status,
    );
  }

  // Step 1: the quantity → the check page with price, total and where to pay; above 40 a question first.
  app.post<{ Body: FormBody }>("/klant/cheques", guard, async (request, reply) => {
    const { wallet, data } = await base(request);
    if (sentFailure(request, reply, wallet)) return reply;
    const raw = str(request.body, "quantity");
    const max = data.terms?.maxQuantity ?? 500;
    const invalid = quantityError(request, raw, max);
    if (invalid) return formAgain(request, reply, raw, invalid);
    const quantity = Number(raw);
    const unit = data.terms?.unitPriceCents;
    return reply.page("client/voucher-check", {
      ...data,
      title: translate(request.lang, "client.voucherCheck.title"),
      quantity,
      totalCents: unit !== undefined ? unit * quantity : undefined,
      large: voucherOrderNeedsConfirmation(quantity),
    });
  });

  // Step 2: the order itself.
  app.post<{ Body: FormBody }>("/klant/cheques/bestellen", guard, async (request, reply) => {
    const raw = str(request.body, "quantity");
    const invalid = quantityError(request, raw, 500);
    if (invalid) return formAgain(request, reply, raw, invalid);
    const quantity = Number(raw);
    if (voucherOrderNeedsConfirmation(quantity) && str(request.body, "sure") !== "1") {
      const { data } = await base(request);
      const message = translate(request.lang, "client.voucherCheck.confirmMissing");
      return reply.page(
        "client/voucher-check",
        {
          ...data,
          title: translate(request.lang, "client.voucherCheck.title"),
          quantity,
          totalCents: data.terms ? data.terms.unitPriceCents * quantity : undefined,
          large: true,
          problem: message,
          errors: { sure: message },
          errorList: [{ path: "sure", label: translate(request.lang, "client.voucherCheck.sure", { n: quantity }), message }],
        },
        422,
      );
    }
    const result = await api.request("POST", "/v1/voucher-orders", {
      token: request.session!.token,
      idempotencyKey: str(request.body, "idem") || randomUUID(),
      body: { clientId: me(request), quantity },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const first = result.problem.errors?.[0];
      const message = result.unavailable
        ? translate(request.lang, "notAvailable")
        : result.problem.code === "validation.failed" && first
          ? fieldText(request.lang, first)
          : problemText(request.lang, result.problem);
      return formAgain(request, reply, raw, message, result.unavailable ? 503 : 422);
    }
    reply.flash(translate(request.lang, result.data.status === "paid" ? "credit.orderPaid" : "client.voucherOrdered"));
    return reply.redirect(`/klant/cheques/bestellingen/${result.data.id}`, 303);
  });

  // The order to pay: amount, IBAN and OGM together; printable without JavaScript.
  app.get<{ Params: { id: string } }>("/klant/cheques/bestellingen/:id", guard, async (request, reply) => {
    const token = request.session!.token;
    const order = await api.request("GET", "/v1/voucher-orders/{id}", { params: { id: request.params.id }, token });
    if (sentFailure(request, reply, order)) return reply;
    if (!order.ok) {
      const message = order.unavailable ? translate(request.lang, "notAvailable") : problemText(request.lang, order.problem);
      return reply.page("errors/error", { title: translate(request.lang, "client.vouchers"), message, languageSwitch: true }, order.status || 503);
    }
    const o = order.data;
    return reply.page("client/voucher-order", {
      title: translate(request.lang, "client.orderPage.title"),
      languageSwitch: true,
      order: { ...o, statusLabel: translate(request.lang, `client.order.status.${o.status}`), open: o.status === "awaiting_payment" },
      iban: o.payTo ? formatIbanDisplay(o.payTo.iban) : undefined,
    });
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
          message: res.unavailable ? translate(request.lang, "notAvailable") : problemText(request.lang, res.problem),
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
