import type { Database } from "@wijkwerk/db";
import { DEFAULT_CAPS } from "@wijkwerk/domain";

export interface Checks {
  /** Workers above the monthly or yearly cap, over all months of every organisation. */
  over: number;
  /** Voucher postings that do not sum to zero, entries consumed twice, lots of a client below zero. */
  unbalanced: number;
  twice: number;
  negativeLots: number;
  entered: number;
  confirmed: number;
  awaiting: number;
  proposed: number;
  accepted: number;
  declined: number;
}

/**
 * What must hold after the load, checked in SQL over the whole platform (owner role): no worker
 * above a cap (DEFAULT_CAPS), every voucher posting balanced, no entry consumed twice, no lot of a
 * client's wallet below zero; and what the load did (entries written and confirmed, proposals made
 * and answered), to compare with the requests it sent.
 */
export async function checkAfterLoad(owner: Database): Promise<Checks> {
  const [c] = await owner.sql<Checks[]>`
    WITH m AS (
      SELECT tenant_id, worker_id, date_trunc('month', work_date) AS month, sum(minutes) AS minutes
      FROM time_entries WHERE status <> 'cancelled' GROUP BY 1, 2, 3)
    SELECT
      (SELECT count(*) FROM (SELECT tenant_id, worker_id, date_trunc('year', month) y, sum(minutes) ym, max(minutes) mm FROM m GROUP BY 1, 2, 3) x
        WHERE ym > ${DEFAULT_CAPS.yearlyCapMinutes} OR mm > ${DEFAULT_CAPS.monthlyCapMinutes})::int AS over,
      (SELECT count(*) FROM (SELECT 1 FROM voucher_movements GROUP BY tenant_id, posting_id HAVING sum(vouchers) <> 0) x)::int AS unbalanced,
      (SELECT count(*) FROM (SELECT 1 FROM voucher_movements WHERE time_entry_id IS NOT NULL AND kind = 'consume'
                             GROUP BY tenant_id, time_entry_id HAVING count(DISTINCT posting_id) > 1) x)::int AS twice,
      (SELECT count(*) FROM (SELECT 1 FROM voucher_movements WHERE account LIKE 'client:%' AND lot_id IS NOT NULL
                             GROUP BY tenant_id, account, lot_id HAVING sum(vouchers) < 0) x)::int AS "negativeLots",
      (SELECT count(*) FROM time_entries WHERE assignment_id IN (SELECT id FROM assignments WHERE created_by_id = 'bench' AND status <> 'completed'))::int AS entered,
      (SELECT count(*) FROM time_entries WHERE submitted_by_id = 'bench' AND status = 'confirmed')::int AS confirmed,
      (SELECT count(*) FROM time_entries WHERE submitted_by_id = 'bench' AND status = 'awaiting_vouchers')::int AS awaiting,
      (SELECT count(*) FROM assignments WHERE created_at > now() - interval '1 day' AND created_by_id NOT IN ('bench', 'bench-reminder', 'seed'))::int AS proposed,
      (SELECT count(*) FROM assignments WHERE status = 'accepted' AND created_at > now() - interval '1 day' AND created_by_id NOT IN ('bench', 'bench-reminder', 'seed'))::int AS accepted,
      (SELECT count(*) FROM assignments WHERE status = 'declined' AND created_at > now() - interval '1 day' AND created_by_id NOT IN ('bench', 'bench-reminder', 'seed'))::int AS declined`;
  return c!;
}

export const checksLine = (c: Checks) =>
  `${c.over} workers above a cap, ${c.unbalanced} unbalanced postings, ${c.twice} entries consumed twice, ${c.negativeLots} lots below zero; ` +
  `${c.entered} entries written, ${c.confirmed} confirmed with vouchers, ${c.awaiting} awaiting vouchers; ` +
  `${c.proposed} proposals made (before and in the load), ${c.accepted} accepted and ${c.declined} declined by their workers`;
