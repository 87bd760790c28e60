import { encryption, type Database } from "@wijkwerk/db";
import { sepaDocument, type SepaTransactionInput } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { csvLine, CSV_BOM, euros } from "./csv.ts";
import { monthLabel } from "./labels.ts";
import * as repo from "./repository.ts";
import type { RunRow } from "./repository.ts";
import { loadRun } from "./runs.ts";
import { tenantCursor } from "./stream.ts";
import { runOut } from "./views.ts";

/**
 * Finance exports of a payout run, streamed from a database cursor: memory stays flat whether the
 * run has 20 or 20 000 lines.
 */

/** What finance reads in the "Soort" column. */
const KIND_LABELS = { regular: "gewoon", adjustment: "correctie", carried: "saldo vorige uitbetaling" } as const;

/**
 * Marks an approved run exported and returns what the SEPA header needs: the totals come first, in
 * SQL, because they go into the header before the first transaction is streamed.
 */
export async function prepareSepa(ctx: TenantContext, runId: string) {
  const run = await loadRun(ctx, runId, true);
  if (run.status === "draft") throw new AppError("payout.not_approved", "Keur de uitbetaling eerst goed; daarna kunt u het SEPA-bestand downloaden.");
  const totals = await repo.transferTotals(ctx.tx, run.id);
  if (totals.count === 0) throw new AppError("payout.nothing_to_pay", "Geen enkele wijk-werker krijgt in deze uitbetaling een bedrag groter dan 0.");
  const r = await repo.markExported(ctx.tx, run.id);
  await ctx.audit({
    entity: "payout_run",
    entityId: run.id,
    action: "export_sepa",
    before: runOut(run),
    after: { status: "exported", transfers: totals.count, controlSumCents: totals.sumCents },
  });
  return {
    run,
    count: totals.count,
    sum: totals.sumCents,
    debtor: { name: r.debtor_name, iban: r.debtor_iban, bic: r.debtor_bic ?? undefined },
    now: new Date(r.now),
  };
}

/**
 * The pain.001 document: one transfer per worker whose lines add up to more than 0; EndToEndId is
 * the worker's regular line, else the worker's first line.
 */
export function sepaFile(database: Database, tenantId: string, meta: Awaited<ReturnType<typeof prepareSepa>>): AsyncIterable<string> {
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
      yield {
        endToEndId: row.e2e,
        amountCents: Number(row.amount),
        // Issue 20: the one place a payout line's account is decrypted (with the CSV below).
        creditor: { name: row.name, iban: encryption.revealValue(row.iban) },
        remittance: `Wijk-werken ${label} ${row.name}`,
      };
    }
  };
  return sepaDocument(
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
}

/** The run's lines for Excel: semicolons, decimal comma, UTF-8 with BOM. */
export async function* linesCsv(database: Database, tenantId: string, run: RunRow): AsyncGenerator<string> {
  yield (
    CSV_BOM +
    csvLine([
      "Maand",
      "Betalingskenmerk",
      "Naam",
      "IBAN",
      "Soort",
      "Werkmaand",
      "Prestaties",
      "Minuten",
      "Cheques",
      "Loon (EUR)",
      "Verplaatsing (EUR)",
      "Totaal (EUR)",
    ])
  );
  const rows = tenantCursor<{
    end_to_end_id: string;
    name: string;
    iban: string;
    kind: keyof typeof KIND_LABELS;
    work_month: string | null;
    entry_count: number;
    minutes: number;
    vouchers: number;
    pay_cents: number;
    travel_cents: number;
    total_cents: number;
  }>(
    database,
    tenantId,
    (s) => s`
      SELECT end_to_end_id, name, iban, kind, to_char(work_month, 'YYYY-MM') AS work_month, entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents
      FROM payout_lines WHERE tenant_id = ${tenantId} AND run_id = ${run.id} ORDER BY end_to_end_id`,
  );
  for await (const r of rows) {
    yield csvLine([
      run.month,
      r.end_to_end_id,
      r.name,
      encryption.revealValue(r.iban),
      KIND_LABELS[r.kind],
      r.work_month,
      r.entry_count,
      r.minutes,
      r.vouchers,
      euros(r.pay_cents),
      euros(r.travel_cents),
      euros(r.total_cents),
    ]);
  }
}
