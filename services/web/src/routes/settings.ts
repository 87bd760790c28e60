import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { formatMoney } from "@wijkwerk/notify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { formatPhoneNational } from "@wijkwerk/domain";
import { echo, str, type FormBody } from "../forms.ts";
import { fieldErrors, formValues, patchOf, SETTING_GROUPS } from "../settings-form.ts";

/** The organisation's settings (admin): every one the API lets change, with its legal limit beside it. */
const settings: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };

  async function current(request: FastifyRequest, reply: FastifyReply) {
    const res = await api.request("GET", "/v1/settings", { token: request.session!.token });
    return sentFailure(request, reply, res) ? undefined : loadState(res);
  }

  async function show(reply: FastifyReply, s: NonNullable<Awaited<ReturnType<typeof current>>>, extra: Record<string, unknown> = {}, status = 200) {
    const data = s.data!;
    // The phone and e-mail clients and workers see under every page (issue 17).
    const contact = await api.request("GET", "/v1/organisation-contact", { token: reply.request.session!.token });
    return reply.page(
      "admin/settings",
      {
        title: "Instellingen",
        groups: SETTING_GROUPS,
        yesNo: [
          { value: "ja", label: "Ja" },
          { value: "nee", label: "Nee" },
        ],
        values: formValues(data),
        law: { hourly: formatMoney(data.workerHourlyCents, "nl"), travel: `${String(data.travelCentsPerKm).replace(".", ",")} cent` },
        schedule: data.voucherPriceSchedule.map((p) => ({ from: p.effectiveFrom, price: formatMoney(p.voucherPriceCents.private, "nl") })),
        contactValues: contact.ok ? { orgPhone: contact.data.phone ? formatPhoneNational(contact.data.phone) : "", orgEmail: contact.data.email ?? "" } : {},
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

  app.post<{ Body: FormBody }>("/instellingen/contact", guard, async (request, reply) => {
    const phone = str(request.body, "orgPhone");
    const email = str(request.body, "orgEmail");
    const result = await api.request("PUT", "/v1/organisation-contact", {
      token: request.session!.token,
      body: { phone: phone || null, email: email || null },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const s = await current(request, reply);
      if (!s?.data) return reply;
      const errors: Record<string, string> = {};
      for (const e of result.problem.errors ?? []) errors[e.path === "phone" ? "orgPhone" : e.path === "email" ? "orgEmail" : e.path] ??= e.message;
      return show(
        reply,
        s,
        { contactValues: { orgPhone: phone, orgEmail: email }, contactErrors: errors, contactProblem: result.problem.detail ?? result.problem.title },
        422,
      );
    }
    reply.flash("Het telefoonnummer en e-mailadres voor klanten en wijk-werkers zijn bewaard.");
    return reply.redirect("/instellingen", 303);
  });
};

export default settings;
