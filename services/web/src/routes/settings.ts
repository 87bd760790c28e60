import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatMoney } from "@wijkwerk/notify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { echo, type FormBody } from "../forms.ts";
import { fieldErrors, formValues, patchOf, SETTING_GROUPS } from "../settings-form.ts";

/** The organisation's settings (admin): every one the API lets change, with its legal limit beside it. */
const settings: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };

  async function current(request: FastifyRequest, reply: FastifyReply) {
    const res = await api.request("GET", "/v1/settings", { token: request.session!.token });
    return sentFailure(request, reply, res) ? undefined : loadState(res);
  }

  function show(reply: FastifyReply, s: NonNullable<Awaited<ReturnType<typeof current>>>, extra: Record<string, unknown> = {}, status = 200) {
    const data = s.data!;
    return reply.page(
      "admin/settings",
      {
        title: "Instellingen",
        groups: SETTING_GROUPS,
        values: formValues(data),
        law: { hourly: formatMoney(data.workerHourlyCents, "nl"), travel: `${String(data.travelCentsPerKm).replace(".", ",")} cent` },
        schedule: data.voucherPriceSchedule.map((p) => ({ from: p.effectiveFrom, price: formatMoney(p.voucherPriceCents.private, "nl") })),
        ...extra,
      },
      status,
    );
  }

  app.get("/instellingen", guard, async (request, reply) => {
    const s = await current(request, reply);
    if (!s) return reply;
    if (!s.data) return reply.page("errors/error", { title: "Even niet beschikbaar", message: "De instellingen kunnen nu niet gelezen worden." }, 503);
    return show(reply, s);
  });

  app.post<{ Body: FormBody }>("/instellingen", guard, async (request, reply) => {
    const s = await current(request, reply);
    if (!s) return reply;
    if (!s.data) return reply.page("errors/error", { title: "Even niet beschikbaar", message: "De instellingen kunnen nu niet gelezen worden." }, 503);
    const body = patchOf(request.body, s.data);
    if (Object.keys(body).length === 0) {
      reply.flash("Er was niets veranderd.");
      return reply.redirect("/instellingen", 303);
    }
    const result = await api.request("PATCH", "/v1/settings", { token: request.session!.token, body: body as never });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const errors = fieldErrors(result.problem.errors);
      return show(
        reply,
        s,
        {
          values: { ...formValues(s.data), ...echo(request.body) },
          errors,
          problem: result.problem.detail ?? result.problem.title,
          unavailable: result.unavailable,
        },
        result.unavailable ? 503 : 422,
      );
    }
    reply.flash("De instellingen zijn bewaard.");
    return reply.redirect("/instellingen", 303);
  });
};

export default settings;
