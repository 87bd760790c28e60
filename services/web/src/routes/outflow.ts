import type { FastifyPluginAsync } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { requireRole, sentFailure } from "../context.ts";
import { formFailure } from "../forms.ts";
import { passFile } from "../downloads.ts";

type Q = { Querystring: { from?: string; to?: string } };
const labels = { from: "Van", to: "Tot" };
const noQuery = <P extends { errors?: { path: string }[] | undefined }>(p: P): P => ({
  ...p,
  errors: p.errors?.map((e) => ({ ...e, path: e.path.replace(/^query\./, "") })),
});

/**
 * Issue 19 and RULES §9 (S45: 32 % in work 9 months later): the organisation's outflow for a period,
 * for management (admins): of the workers who exited, how many are in work 9 months later, with the
 * unknown ones counted apart; also as CSV. The API audits every download.
 */
const outflow: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };

  app.get<Q>("/uitstroom", guard, async (request, reply) => {
    const year = Number(brusselsDateOf(new Date()).slice(0, 4)) - 1;
    const from = request.query.from || `${year}-01-01`;
    const to = request.query.to || `${year}-12-31`;
    const result = await api.request("GET", "/v1/reports/outflow", { token: request.session!.token, query: { from, to } });
    if (sentFailure(request, reply, result)) return reply;
    const state = result.ok || result.unavailable ? {} : formFailure(noQuery(result.problem), labels);
    const f = result.ok ? result.data : undefined;
    return reply.page(
      "admin/outflow",
      {
        title: "Uitstroom naar werk",
        values: { from, to },
        figures: f,
        known: f ? f.inWork + f.inTraining + f.noWork : 0,
        unavailable: !result.ok && result.unavailable,
        csvHref: `/uitstroom.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        ...state,
      },
      result.ok || result.unavailable ? (result.ok ? 200 : 503) : 422,
    );
  });

  app.get<Q>("/uitstroom.csv", guard, async (request, reply) => {
    const res = await api.download("/v1/reports/outflow.csv", {
      token: request.session!.token,
      query: { from: request.query.from ?? "", to: request.query.to ?? "" },
    });
    if (!(res instanceof Response)) {
      if (sentFailure(request, reply, res)) return reply;
      return reply.page(
        "errors/error",
        { title: "Uitstroom naar werk", message: res.unavailable ? "De gegevens zijn nu niet beschikbaar." : (res.problem.detail ?? res.problem.title) },
        res.status,
      );
    }
    return passFile(reply, res, { type: "text/csv", disposition: "attachment" });
  });
};

export default outflow;
