import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { brusselsMonthOf } from "@wijkwerk/domain";
import { monthEndChart } from "../charts/month-end.ts";
import { requireRole, sentFailure } from "../context.ts";
import { passFile } from "../downloads.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
type Query = { van?: string; tot?: string };

/** The last twelve months up to this one, unless the form asks for other months. */
function range(query: Query): { from: string; to: string; errors: Record<string, string> } {
  const now = brusselsMonthOf(new Date());
  const [y, m] = now.split("-").map(Number) as [number, number];
  const yearAgo = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, "0")}`;
  const from = (query.van ?? "").trim() || yearAgo;
  const to = (query.tot ?? "").trim() || now;
  const errors: Record<string, string> = {};
  if (!MONTH.test(from)) errors.van = "Schrijf de maand als jaar-maand, bijvoorbeeld 2026-01.";
  if (!MONTH.test(to)) errors.tot = "Schrijf de maand als jaar-maand, bijvoorbeeld 2026-12.";
  return { from, to, errors };
}

/**
 * The month-end report for finance (issue 18): per month the cheques sold, used, expired, refunded
 * and in circulation, with their value, and what the approved payouts paid; a chart, a table, CSV.
 */
const monthEnd: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "finance") };

  async function page(request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) {
    const { from, to, errors } = range(request.query);
    const values = { van: from, tot: to };
    if (Object.keys(errors).length > 0)
      return reply.page("finance/month-end", { title: "Maandrapport", values, form: { errors, problem: "Controleer de maanden." } }, 422);
    const result = await api.request("GET", "/v1/reports/month-end", { token: request.session!.token, query: { from, to } });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const problem = result.unavailable
        ? "Het maandrapport is nu niet beschikbaar. Probeer het later opnieuw."
        : (result.problem.detail ?? result.problem.title);
      return reply.page("finance/month-end", { title: "Maandrapport", values, form: { problem, errors: { van: problem } } }, result.unavailable ? 503 : 422);
    }
    const r = result.data;
    const months = r.months.map((m) => ({
      ...m,
      out: m.vouchers.consumed + m.vouchers.expired + m.vouchers.refunded,
      off: m.vouchers.difference !== 0 || m.valueCents.difference !== 0,
    }));
    return reply.page("finance/month-end", {
      title: "Maandrapport",
      values,
      report: r,
      months,
      chart: monthEndChart(
        "maandrapport",
        months.map((m) => ({ month: m.month, sold: m.vouchers.sold, out: m.out, closing: m.vouchers.closing })),
      ),
      csvHref: `/financien/maandrapport.csv?van=${encodeURIComponent(r.from)}&tot=${encodeURIComponent(r.to)}`,
    });
  }

  app.get<{ Querystring: Query }>("/financien/maandrapport", guard, page);

  app.get<{ Querystring: Query }>("/financien/maandrapport.csv", guard, async (request, reply) => {
    const { from, to, errors } = range(request.query);
    if (Object.keys(errors).length > 0) return page(request, reply);
    const res = await api.download("/v1/reports/month-end", { token: request.session!.token, query: { from, to, format: "csv" } });
    if (!(res instanceof Response)) {
      if (sentFailure(request, reply, res)) return reply;
      return page(request, reply);
    }
    return passFile(reply, res, { type: "text/csv; charset=utf-8", disposition: `attachment; filename="maandrapport-${from}-${to}.csv"` });
  });
};

export default monthEnd;
