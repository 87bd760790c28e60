import { Readable } from "node:stream";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { maskPersonalNumbers } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { validationError } from "../errors/problem.ts";
import { csvLine, CSV_BOM } from "../payouts/csv.ts";
import { batched } from "../payouts/stream.ts";
import { errorResponses, Page } from "../schemas/common.ts";
import { auditEntities, auditPage, type AuditFilter, type AuditRow } from "./repository.ts";
import * as S from "./schemas.ts";

const entryOut = (r: AuditRow) => ({
  id: r.id,
  at: r.at,
  actorType: r.actor_type,
  actorId: r.actor_id,
  actorName: r.actor_name,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  // Masked when written; masked again here, so a row from before that rule shows no number either.
  before: maskPersonalNumbers(r.before ?? null),
  after: maskPersonalNumbers(r.after ?? null),
  requestId: r.request_id,
});

function checkedFilter(q: AuditFilter): AuditFilter {
  if (q.from && q.to && q.from > q.to) throw validationError([{ path: "to", message: "De einddatum ligt voor de begindatum." }]);
  return { subjectId: q.subjectId, actorId: q.actorId, entity: q.entity, from: q.from, to: q.to };
}

/**
 * Issue 20: the audit trail, readable by admins: who changed what and when, before and after,
 * filtered by person (or job, payment…), staff member, kind and period; as pages or one CSV.
 * The trail stays append-only (grants.sql); reading it changes nothing but is itself recorded for exports.
 */
const audit: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/audit-log",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["audit"],
        summary: "The audit trail, newest first, filtered by person, staff member, kind and period",
        querystring: S.AuditQuery,
        response: { 200: Page(S.AuditEntry), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const filter = checkedFilter(request.query);
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const rows = await request.tenantTx(({ tx }) => auditPage(tx, filter, after, limit));
      const page = pageOf(rows, limit, (r) => [r.at, r.id]);
      return { items: page.items.map(entryOut), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/audit-log/entities",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["audit"],
        summary: "The kinds of things the audit trail holds (worker, client, job, payment…), for a filter",
        response: { 200: S.AuditEntities, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await request.tenantTx(({ tx }) => auditEntities(tx)) }),
  );

  app.get(
    "/v1/audit-log.csv",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["audit"],
        summary: "The audit trail as CSV (Excel, semicolons), with the same filters; the export itself is recorded",
        querystring: S.AuditCsvQuery,
        produces: ["text/csv"],
        response: { 200: Type.Unsafe<unknown>({ type: "string", format: "binary", description: "text/csv" }), ...errorResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const filter = checkedFilter(request.query);
      await request.tenantTx(async (ctx) => ctx.audit({ entity: "audit_log", action: "export", after: filter }));
      // Page by page (keyset), each in its own short transaction: memory stays flat however long the trail.
      const body = async function* (): AsyncGenerator<string> {
        yield CSV_BOM + csvLine(["Tijdstip", "Wie (soort)", "Wie", "Wie (id)", "Actie", "Wat", "Wat (id)", "Voor", "Na", "Aanvraag"]);
        let after: (string | number)[] | undefined;
        for (;;) {
          const rows = await request.tenantTx(({ tx }) => auditPage(tx, filter, after, 500), { replica: true });
          for (const r of rows.slice(0, 500)) {
            const e = entryOut(r);
            const json = (v: unknown) => (v === null ? "" : JSON.stringify(v));
            yield csvLine([e.at, e.actorType, e.actorName, e.actorId, e.action, e.entity, e.entityId, json(e.before), json(e.after), e.requestId]);
          }
          if (rows.length <= 500) return;
          const last = rows[499]!;
          after = [last.at, last.id];
        }
      };
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="logboek.csv"`)
        .send(Readable.from(batched(body())));
    },
  );
};

export default audit;
