import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { labels, typeLabel } from "../client-labels.ts";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";
import { activities } from "../refdata.ts";

/** A client's page: the agreement and its fee, the wallet and a voucher sale, ex-PWA, activity requests. */
const clientPage: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function detail(request: FastifyRequest, id: string) {
    const token = request.session!.token;
    const [client, wallet, credit, asked, acts] = await Promise.all([
      api.request("GET", "/v1/clients/{id}", { params: { id: id }, token }),
      api.request("GET", "/v1/clients/{id}/wallet", { params: { id: id }, token }),
      api.request("GET", "/v1/clients/{id}/credit", { params: { id: id }, token }),
      api.request("GET", "/v1/activity-requests", { token, query: { clientId: id, limit: 10 } }),
      activities(api, token),
    ]);
    // The client's requests to add an activity (RULES §3), and the form to ask one for it.
    const activityRequests = { items: asked.ok ? asked.data.items : [], unavailable: !asked.ok, activities: acts.options };
    return { client, wallet, credit: credit.ok ? credit.data : undefined, activityRequests };
  }

  app.get<{ Params: { id: string } }>("/klanten/:id", guard, async (request, reply) => {
    const { client, wallet, credit, activityRequests } = await detail(request, request.params.id);
    if (sentFailure(request, reply, client)) return reply;
    if (!client.ok)
      return reply.page(
        "errors/error",
        { title: "Niet gevonden", message: client.problem.detail ?? "Deze klant bestaat niet." },
        client.unavailable ? 503 : 404,
      );
    return reply.page("clients/detail", {
      title: client.data.name,
      client: { ...client.data, typeLabel: typeLabel(client.data.type) },
      wallet: wallet.ok ? wallet.data : undefined,
      walletUnavailable: !wallet.ok,
      credit,
      activityRequests,
      // Most agreements start the day the client registers.
      values: { startDate: brusselsDateOf(new Date()) },
    });
  });

  // RULES §6 (S23): since when this is a transitional ex-PWA household (cooking, washing, big clean-up).
  app.post<{ Params: { id: string }; Body: FormBody }>("/klanten/:id/ex-pwa", guard, async (request, reply) => {
    const id = request.params.id;
    const since = str(request.body, "exPwaSince");
    const result = await api.request("PATCH", "/v1/clients/{id}", { params: { id: id }, token: request.session!.token, body: { exPwaSince: since || null } });
    if (sentFailure(request, reply, result)) return reply;
    reply.flash(
      result.ok
        ? since
          ? "Bewaard: een gezin uit de overgangsregeling van PWA."
          : "Bewaard: geen gezin uit de overgangsregeling van PWA."
        : (result.problem.errors?.[0]?.message ?? result.problem.detail ?? result.problem.title),
    );
    return reply.redirect(`/klanten/${encodeURIComponent(id)}`, 303);
  });

  // Posted forms on the detail page: a yearly agreement (fee with OGM) and a voucher sale.
  for (const action of ["overeenkomst", "cheques"] as const) {
    app.post<{ Params: { id: string }; Body: FormBody }>(`/klanten/:id/${action}`, guard, async (request, reply) => {
      const id = request.params.id;
      const token = request.session!.token;
      const result =
        action === "overeenkomst"
          ? await api.request("POST", "/v1/clients/{id}/agreements", { params: { id: id }, token, body: { startDate: str(request.body, "startDate") } })
          : await api.request("POST", "/v1/voucher-orders", {
              token,
              idempotencyKey: str(request.body, "idem") || randomUUID(),
              body: { clientId: id, quantity: num(request.body, "quantity") },
            });
      if (sentFailure(request, reply, result)) return reply;
      const { client, wallet, credit, activityRequests } = await detail(request, id);
      if (!client.ok) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze klant bestaat niet." }, 404);
      const base = {
        title: client.data.name,
        client: { ...client.data, typeLabel: typeLabel(client.data.type) },
        wallet: wallet.ok ? wallet.data : undefined,
        walletUnavailable: !wallet.ok,
        credit,
        activityRequests,
      };
      if (!result.ok) {
        const state = formFailure(result.problem, labels);
        return reply.page(
          "clients/detail",
          {
            ...base,
            values: echo(request.body),
            [action === "overeenkomst" ? "agreementState" : "voucherState"]: { ...state, unavailable: result.unavailable },
          },
          result.unavailable ? 503 : 422,
        );
      }
      const data = result.data as { feeCents?: number; amountCents?: number; paymentReference: string; status?: string };
      return reply.page("clients/detail", {
        ...base,
        values: {},
        payment: {
          amountCents: data.feeCents ?? data.amountCents,
          reference: data.paymentReference,
          what: action === "overeenkomst" ? "het inschrijvingsgeld" : "de cheques",
          paidFromCredit: data.status === "paid",
        },
      });
    });
  }
};

export default clientPage;
