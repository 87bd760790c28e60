import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** Every query of payout runs and their lines, inside the caller's tenant transaction; results typed here. */

export type RunRow = {
  id: string;
  month: string;
  status: "draft" | "approved" | "exported";
  line_count: number;
  /** Workers the SEPA file pays: those whose lines add up to more than 0. */
  transfer_count: number;
  total_cents: string | number;
  hourly_cents: number;
  created_at: string;
  generated_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  exported_at: string | null;
  created_by: string;
  prepared_by: string;
};

export type LineRow = {
  id: string;
  worker_id: string;
  kind: "regular" | "adjustment" | "carried";
  work_month: string | null;
  settlement_no: number | null;
  carried_from_run_id: string | null;
  entry_ids: string[] | null;
  entry_count: number;
  minutes: number;
  vouchers: number;
  pay_cents: number;
  travel_cents: number;
  total_cents: number;
  name: string;
  /** Issue 20: the worker's envelope, copied at generation; iban_masked for views. */
  iban: string;
  iban_masked: string | null;
  end_to_end_id: string;
};

export type TenantTerms = { tenant_name: string; settings: Record<string, unknown>; org_name: string | null; iban: string | null; bic: string | null };

/** A run with the number of transfers it pays (one per worker whose lines add up to more than 0). */
const RUN = sql`SELECT r.*, (SELECT count(*)::integer FROM (
    SELECT 1 FROM payout_lines l WHERE l.tenant_id = r.tenant_id AND l.run_id = r.id GROUP BY l.worker_id HAVING sum(l.total_cents) > 0
  ) w) AS transfer_count FROM payout_runs r`;

export async function findRun(tx: Tx, id: string, lock = false): Promise<RunRow | undefined> {
  const [row] = await tx.execute<RunRow>(sql`${RUN} WHERE r.tenant_id = app_current_tenant() AND r.id = ${id} ${lock ? sql`FOR UPDATE OF r` : sql``}`);
  return row;
}

export async function findRunOfMonth(tx: Tx, month: string, lock = false): Promise<RunRow | undefined> {
  const [row] = await tx.execute<RunRow>(sql`${RUN} WHERE r.tenant_id = app_current_tenant() AND r.month = ${month} ${lock ? sql`FOR UPDATE OF r` : sql``}`);
  return row;
}

/** The latest month from `month` on whose run is no longer a draft, if any. */
export async function closedMonthFrom(tx: Tx, month: string): Promise<string | undefined> {
  const [row] = await tx.execute<{ month: string }>(
    sql`SELECT month FROM payout_runs WHERE tenant_id = app_current_tenant() AND month >= ${month} AND status <> 'draft' ORDER BY month DESC LIMIT 1`,
  );
  return row?.month;
}

/** The earliest month before `month` whose run is still a draft, if any. */
export async function draftBefore(tx: Tx, month: string): Promise<string | undefined> {
  const [row] = await tx.execute<{ month: string }>(
    sql`SELECT month FROM payout_runs WHERE tenant_id = app_current_tenant() AND month < ${month} AND status = 'draft' ORDER BY month LIMIT 1`,
  );
  return row?.month;
}

/** The tenant's settings and bank account, as a run snapshots them. */
export async function tenantTerms(tx: Tx, tenantId: string): Promise<TenantTerms | undefined> {
  const [row] = await tx.execute<TenantTerms>(sql`
    SELECT t.name AS tenant_name, t.settings, o.name AS org_name, o.iban, o.bic
    FROM tenants t LEFT JOIN organisation_accounts o ON o.tenant_id = t.id
    WHERE t.id = ${tenantId}`);
  return row;
}

export interface RunTerms {
  hourlyCents: number;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
}

/** A new run of the month, or undefined when one exists already (perhaps created this very moment). */
export async function insertRun(tx: Tx, tenantId: string, month: string, terms: RunTerms, by: string): Promise<string | undefined> {
  const [row] = await tx.execute<{ id: string }>(sql`
    INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, debtor_bic, created_by, prepared_by)
    VALUES (${tenantId}, ${randomUUID()}, ${month}, ${terms.hourlyCents}, ${terms.debtorName}, ${terms.debtorIban}, ${terms.debtorBic}, ${by}, ${by})
    ON CONFLICT (tenant_id, month) DO NOTHING RETURNING id`);
  return row?.id;
}

/** New terms for a draft computed again; whoever asks for that becomes the one who prepared it. */
export async function updateRunTerms(tx: Tx, tenantId: string, runId: string, terms: RunTerms, by: string): Promise<void> {
  await tx.execute(sql`UPDATE payout_runs SET hourly_cents = ${terms.hourlyCents}, debtor_name = ${terms.debtorName}, debtor_iban = ${terms.debtorIban}, debtor_bic = ${terms.debtorBic},
    prepared_by = ${by}
    WHERE tenant_id = ${tenantId} AND id = ${runId}`);
}

/** Computes the run's lines (app_payout_generate: the settlement rules in SQL, see packages/db). */
export async function generateLines(tx: Tx, runId: string): Promise<void> {
  await tx.execute(sql`SELECT * FROM app_payout_generate(${runId})`);
}

/** Newest month first, keyset-paged on month. */
export async function listRuns(tx: Tx, q: { month?: string | undefined; after: readonly unknown[] | undefined; limit: number }): Promise<RunRow[]> {
  return tx.execute<RunRow>(sql`
    ${RUN} WHERE r.tenant_id = app_current_tenant()
    ${q.month ? sql`AND r.month = ${q.month}` : sql``}
    ${q.after ? sql`AND r.month < ${String(q.after[0])}` : sql``}
    ORDER BY r.month DESC LIMIT ${q.limit + 1}`);
}

/** Sums by kind, and per worker what is transferred and what is carried forward. */
export async function runSums(tx: Tx, runId: string): Promise<Record<string, string> | undefined> {
  const [s] = await tx.execute<Record<string, string>>(sql`
    WITH lines AS (
      SELECT worker_id, kind, total_cents, entry_count FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${runId}
    ), per_worker AS (
      SELECT sum(total_cents) AS net FROM lines GROUP BY worker_id
    )
    SELECT
      (SELECT COALESCE(sum(total_cents) FILTER (WHERE kind = 'regular'), 0) FROM lines)::bigint AS regular,
      (SELECT COALESCE(sum(total_cents) FILTER (WHERE kind = 'adjustment'), 0) FROM lines)::bigint AS adjustment,
      (SELECT COALESCE(sum(total_cents) FILTER (WHERE kind = 'carried'), 0) FROM lines)::bigint AS carried,
      (SELECT COALESCE(sum(entry_count), 0) FROM lines)::bigint AS entries,
      (SELECT count(*) FROM per_worker WHERE net > 0)::bigint AS transfers,
      (SELECT COALESCE(sum(net), 0) FROM per_worker WHERE net > 0)::bigint AS transfer_cents,
      (SELECT count(*) FROM per_worker WHERE net < 0)::bigint AS negatives,
      (SELECT COALESCE(sum(net), 0) FROM per_worker WHERE net < 0)::bigint AS negative_cents`);
  return s;
}

/** In EndToEndId order, keyset-paged; one worker's when workerId is given. */
export async function runLines(
  tx: Tx,
  runId: string,
  q: { workerId?: string | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<LineRow[]> {
  return tx.execute<LineRow>(sql`
    SELECT * FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${runId}
    ${q.workerId ? sql`AND worker_id = ${q.workerId}` : sql``}
    ${q.after ? sql`AND end_to_end_id > ${String(q.after[0])}` : sql``}
    ORDER BY end_to_end_id LIMIT ${q.limit + 1}`);
}

export async function approveRun(tx: Tx, runId: string, by: string): Promise<void> {
  await tx.execute(
    sql`UPDATE payout_runs SET status = 'approved', approved_at = now(), approved_by = ${by} WHERE tenant_id = app_current_tenant() AND id = ${runId}`,
  );
}

/** What the SEPA file pays: one transfer per worker whose lines add up to more than 0. */
export async function transferTotals(tx: Tx, runId: string): Promise<{ count: number; sumCents: number }> {
  const [t] = await tx.execute<{ count: number; sum: string }>(sql`
    SELECT count(*)::integer AS count, COALESCE(sum(net), 0)::bigint AS sum FROM (
      SELECT sum(total_cents) AS net FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${runId} GROUP BY worker_id
    ) w WHERE net > 0`);
  return { count: t?.count ?? 0, sumCents: Number(t?.sum ?? 0) };
}

/** Marks the run exported (the first export's time stays) and returns the debtor it pays from. */
export async function markExported(tx: Tx, runId: string): Promise<{ debtor_name: string; debtor_iban: string; debtor_bic: string | null; now: string }> {
  const [r] = await tx.execute<{ debtor_name: string; debtor_iban: string; debtor_bic: string | null; now: string }>(sql`
    UPDATE payout_runs SET status = 'exported', exported_at = COALESCE(exported_at, now())
    WHERE tenant_id = app_current_tenant() AND id = ${runId}
    RETURNING debtor_name, debtor_iban, debtor_bic, now() AS now`);
  return r!;
}
