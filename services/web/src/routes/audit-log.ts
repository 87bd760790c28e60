import type { FastifyPluginAsync } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { auditRow, entityLabel } from "../audit-view.ts";
import { passFile } from "../downloads.ts";

type Query = { persoon?: string; medewerker?: string; soort?: string; van?: string; tot?: string; cursor?: string };
const UUID = /^[0-9a-f-]{36}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Issue 20: the audit trail for admins, filtered as the question goes ("what happened to this
 * person", "what did this colleague change last month"), with a CSV of the same selection.
 * A GET form: filters live in the address, so a link from a person's page opens their history.
 */
/** The page's Dutch query words as the API's filters; anything malformed is left out, not sent. */
function filterOf(q: Query) {
  return {
    ...(q.persoon && UUID.test(q.persoon) ? { subjectId: q.persoon } : {}),
    ...(q.medewerker && UUID.test(q.medewerker) ? { actorId: q.medewerker } : {}),
    ...(q.soort && /^[a-z_]+$/.test(q.soort) ? { entity: q.soort } : {}),
    ...(q.van && DAY.test(q.van) ? { from: q.van } : {}),
    ...(q.tot && DAY.test(q.tot) ? { to: q.tot } : {}),
  };
}

const auditLog: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  app.get<{ Querystring: Query }>("/logboek", { preHandler: requireRole("admin") }, async (request, reply) => {
    const q = request.query;
    const filter = filterOf(q);
    const token = request.session!.token;
    const [log, staff, kinds] = await Promise.all([
      api.request("GET", "/v1/audit-log", { token, query: { ...filter, limit: 50, ...(q.cursor ? { cursor: q.cursor } : {}) } }),
      api.request("GET", "/v1/staff", { token, query: { limit: 100 } }),
      api.request("GET", "/v1/audit-log/entities", { token }),
    ]);
    if (sentFailure(request, reply, log)) return reply;
    const state = loadState(log);
    const params = new URLSearchParams(
      Object.entries({ persoon: q.persoon, medewerker: q.medewerker, soort: q.soort, van: q.van, tot: q.tot }).filter(([, v]) => v) as [string, string][],
    );
    return reply.page(
      "admin/audit-log",
      {
        title: "Logboek",
        values: q,
        entries: (state.data?.items ?? []).map(auditRow),
        unavailable: state.unavailable,
        error: state.error,
        staffOptions: staff.ok ? staff.data.items.map((s) => ({ value: s.id, label: s.name })) : [],
        kindOptions: kinds.ok ? kinds.data.items.map((k) => ({ value: k, label: entityLabel(k) })) : [],
        next: state.data?.nextCursor ? `/logboek?${params.toString()}${params.size ? "&" : ""}cursor=${encodeURIComponent(state.data.nextCursor)}` : null,
        csvHref: `/logboek.csv${params.size ? `?${params.toString()}` : ""}`,
      },
      log.ok ? 200 : log.status === 422 ? 422 : 503,
    );
  });

  // The same selection as a file: the API's CSV passed through (it records the export).
  app.get<{ Querystring: Query }>("/logboek.csv", { preHandler: requireRole("admin") }, async (request, reply) => {
    const res = await api.download("/v1/audit-log.csv", { token: request.session!.token, query: filterOf(request.query) });
    if (!(res instanceof Response)) {
      if (sentFailure(request, reply, res)) return reply;
      return reply.page("errors/error", { title: "Logboek", message: res.problem.detail ?? res.problem.title }, res.status || 503);
    }
    return passFile(reply, res, { type: "text/csv; charset=utf-8", disposition: 'attachment; filename="logboek.csv"' });
  });
};

export default auditLog;
