import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import type { LineRow, RunRow } from "./repository.ts";

/** The queries of four eyes on a payout run (issue 18): what the approver reads, and a draft thrown away. */

/**
 * A draft and its lines go; an approved run is history and stays (the caller checks the status
 * under lock). Computing the draft took its (worker, month) pairs off the payout_pending queue
 * (app_payout_generate): they go back on it, or that work would never be paid. One run of the
 * tenant at a time, as generation does (the same advisory lock).
 */
export async function deleteDraft(tx: Tx, runId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('payout-runs'), hashtext(app_current_tenant()::text))`);
  await tx.execute(sql`
    INSERT INTO payout_pending AS p (tenant_id, worker_id, work_month)
    SELECT DISTINCT tenant_id, worker_id, work_month FROM payout_lines
    WHERE tenant_id = app_current_tenant() AND run_id = ${runId} AND work_month IS NOT NULL
    ON CONFLICT (tenant_id, worker_id, work_month) DO UPDATE SET mark = EXCLUDED.mark`);
  await tx.execute(sql`DELETE FROM payout_runs WHERE tenant_id = app_current_tenant() AND id = ${runId} AND status = 'draft'`);
}

/** The staff member's name for an approval page and the audit row (ids of tokens without a staff row stay ids). */
export async function staffNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!uuids.length) return new Map();
  const rows = await tx.execute<{ id: string; name: string }>(
    sql`SELECT id::text, name FROM staff WHERE tenant_id = app_current_tenant() AND id = ANY (${`{${uuids.join(",")}}`}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The largest transfers of a run (per worker, net), biggest first. */
export async function largestTransfers(
  tx: Tx,
  runId: string,
  limit: number,
): Promise<{ worker_id: string; name: string; net: string; pay: string; minutes: string }[]> {
  return tx.execute(sql`
    SELECT worker_id, min(name) AS name, sum(total_cents)::bigint AS net, sum(pay_cents)::bigint AS pay, sum(minutes)::bigint AS minutes
    FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${runId}
    GROUP BY worker_id HAVING sum(total_cents) > 0 ORDER BY sum(total_cents) DESC, worker_id LIMIT ${limit}`);
}

/** Lines paying more than `maxPayCents` for the work of one month (above the legal maximum). */
export async function linesPayingAbove(tx: Tx, runId: string, maxPayCents: number): Promise<LineRow[]> {
  return tx.execute<LineRow>(sql`
    SELECT * FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${runId} AND pay_cents > ${maxPayCents}
    ORDER BY pay_cents DESC, end_to_end_id LIMIT 50`);
}

/** The latest run of a month before `month`, for the comparison on the approval page. */
export async function previousRun(tx: Tx, month: string): Promise<RunRow | undefined> {
  const [row] = await tx.execute<RunRow>(
    sql`SELECT * FROM payout_runs WHERE tenant_id = app_current_tenant() AND month < ${month} ORDER BY month DESC LIMIT 1`,
  );
  return row;
}
