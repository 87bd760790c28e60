import { Readable } from "node:stream";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { sepaDocument, type SepaTransactionInput } from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";
import { csvLine, CSV_BOM, euros } from "../payouts/csv.ts";
import { workersWithInvalidIban } from "../payouts/ibans.ts";
import { monthLabel } from "../payouts/labels.ts";
import { batched, tenantCursor } from "../payouts/stream.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { loadRun, PAYOUT_ROLES, runOut } from "../payouts/runs.ts";

/** What finance reads in the "Soort" column. */
const KIND_LABELS = { regular: "gewoon", adjustment: "correctie", carried: "saldo vorige uitbetaling" } as const;

const FileResponse = (type: string) => Type.Unsafe<unknown>({ type: "string", format: "binary", description: type });

/**
 * Finance exports of a payout run, streamed from a database cursor: memory stays flat whether
 * the run has 20 or 20 000 lines.
 */
const payoutExports: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.deps;

  app.get(
    "/v1/payout-runs/:id/sepa.xml",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_approved", "payout.nothing_to_pay", "payout.invalid_iban"] },
      schema: {
        tags: ["payouts"],
        summary: "SEPA credit transfer file (pain.001.001.09) of an approved run; marks the run exported",
        description: "One transfer per worker whose lines in this run add up to more than 0 (a negative adjustment is set off against that month's pay; a worker who ends below zero gets no transfer and the next run sets the remainder off once, as a carried line). EndToEndId is the worker's regular line, else the worker's first line.",
        params: IdParams,
        produces: ["application/xml"],
        response: { 200: FileResponse("application/xml"), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const tenantId = request.claims.tid;
      // A bad account found halfway would cut the file off after the 200 status: check them all first.
      await request.tenantTx(async ({ tx }) => loadRun(tx, request.params.id));
      const bad = await workersWithInvalidIban(database, tenantId, request.params.id);
      if (bad.length > 0) throw new AppError("payout.invalid_iban", `Het rekeningnummer van ${bad.join(", ")} is niet geldig; de bank zou het bestand weigeren.`);
      const meta = await request.tenantTx(async ({ tx, audit }) => {
        const run = await loadRun(tx, request.params.id, true);
        if (run.status === "draft") throw new AppError("payout.not_approved", "Keur de uitbetaling eerst goed; daarna kunt u het SEPA-bestand downloaden.");
        // Totals first, in SQL: they go into the header before the first transaction is streamed.
        const [totals] = await tx.execute<{ count: number; sum: string }>(sql`
          SELECT count(*)::integer AS count, COALESCE(sum(net), 0)::bigint AS sum FROM (
            SELECT sum(total_cents) AS net FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${run.id} GROUP BY worker_id
          ) w WHERE net > 0`);
        const count = totals?.count ?? 0;
        if (count === 0) throw new AppError("payout.nothing_to_pay", "Geen enkele wijk-werker krijgt in deze uitbetaling een bedrag groter dan 0.");
        const [r] = await tx.execute<{ debtor_name: string; debtor_iban: string; debtor_bic: string | null; now: string }>(sql`
          UPDATE payout_runs SET status = 'exported', exported_at = COALESCE(exported_at, now())
          WHERE tenant_id = app_current_tenant() AND id = ${run.id}
          RETURNING debtor_name, debtor_iban, debtor_bic, now() AS now`);
        await audit({ entity: "payout_run", entityId: run.id, action: "export_sepa", before: runOut(run), after: { status: "exported", transfers: count, controlSumCents: Number(totals?.sum) } });
        return { run, count, sum: Number(totals?.sum ?? 0), debtor: { name: r!.debtor_name, iban: r!.debtor_iban, bic: r!.debtor_bic ?? undefined }, now: new Date(r!.now) };
      });

      const { run } = meta;
      const label = monthLabel(run.month);
      const transactions = async function* (): AsyncGenerator<SepaTransactionInput> {
        const rows = tenantCursor<{ e2e: string; amount: string; iban: string; name: string }>(
          database,
          tenantId,
          (s) => s`
            SELECT COALESCE(min(end_to_end_id) FILTER (WHERE kind = 'regular'), min(end_to_end_id)) AS e2e,
                   sum(total_cents)::bigint AS amount, min(iban) AS iban, min(name) AS name
            FROM payout_lines WHERE tenant_id = ${tenantId} AND run_id = ${run.id}
            GROUP BY worker_id HAVING sum(total_cents) > 0
            ORDER BY e2e`,
        );
        for await (const row of rows) {
          yield { endToEndId: row.e2e, amountCents: Number(row.amount), creditor: { name: row.name, iban: row.iban }, remittance: `Wijk-werken ${label} ${row.name}` };
        }
      };
      const doc = sepaDocument(
        {
          messageId: `WW-${run.month}-${run.id.replaceAll("-", "").slice(0, 20)}`,
          createdAt: meta.now.toISOString().replace(/\.\d+Z$/, "Z"),
          debtor: meta.debtor,
          requestedExecutionDate: meta.now.toISOString().slice(0, 10),
          batchBooking: true,
        },
        transactions(),
        { count: meta.count, controlSumCents: meta.sum },
      );
      return reply
        .type("application/xml; charset=utf-8")
        .header("content-disposition", `attachment; filename="uitbetaling-${run.month}.xml"`)
        .send(Readable.from(batched(doc)));
    },
  );

  app.get(
    "/v1/payout-runs/:id/lines.csv",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "Lines of a payout run as CSV for Excel (semicolons, decimal comma, UTF-8 with BOM)",
        params: IdParams,
        produces: ["text/csv"],
        response: { 200: FileResponse("text/csv"), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const tenantId = request.claims.tid;
      const run = await request.tenantTx(async ({ tx }) => loadRun(tx, request.params.id));
      const body = async function* (): AsyncGenerator<string> {
        yield CSV_BOM + csvLine(["Maand", "Betalingskenmerk", "Naam", "IBAN", "Soort", "Werkmaand", "Prestaties", "Minuten", "Cheques", "Loon (EUR)", "Verplaatsing (EUR)", "Totaal (EUR)"]);
        const rows = tenantCursor<{ end_to_end_id: string; name: string; iban: string; kind: keyof typeof KIND_LABELS; work_month: string | null; entry_count: number; minutes: number; vouchers: number; pay_cents: number; travel_cents: number; total_cents: number }>(
          database,
          tenantId,
          (s) => s`
            SELECT end_to_end_id, name, iban, kind, to_char(work_month, 'YYYY-MM') AS work_month, entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents
            FROM payout_lines WHERE tenant_id = ${tenantId} AND run_id = ${run.id} ORDER BY end_to_end_id`,
        );
        for await (const r of rows) {
          yield csvLine([run.month, r.end_to_end_id, r.name, r.iban, KIND_LABELS[r.kind], r.work_month, r.entry_count, r.minutes, r.vouchers, euros(r.pay_cents), euros(r.travel_cents), euros(r.total_cents)]);
        }
      };
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="uitbetaling-${run.month}.csv"`)
        .send(Readable.from(batched(body())));
    },
  );
};

export default payoutExports;
