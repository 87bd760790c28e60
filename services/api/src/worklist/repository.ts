import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** At most this many of each kind; `total` says how many there are. */
const SHOWN = 50;

export type Item = { id: string; total: number } & Record<string, unknown>;

const rows = <T extends Item>(tx: Tx, query: ReturnType<typeof sql>) => tx.execute<T>(query);

/** Hours the client disputed: the consultant settles them (confirm or correct). */
export function disputedEntries(tx: Tx) {
  return rows<
    Item & { client_id: string; client_name: string; worker_id: string; worker_name: string; work_date: string; minutes: number; dispute_reason: string | null }
  >(
    tx,
    sql`
    SELECT e.id, e.client_id, c.name AS client_name, e.worker_id, w.first_name || ' ' || w.last_name AS worker_name, e.work_date::text AS work_date, e.minutes, e.dispute_reason,
           count(*) OVER ()::int AS total
      FROM time_entries e JOIN clients c ON c.tenant_id = e.tenant_id AND c.id = e.client_id JOIN workers w ON w.tenant_id = e.tenant_id AND w.id = e.worker_id
     WHERE e.tenant_id = app_current_tenant() AND e.status = 'disputed'
     ORDER BY e.work_date, e.id LIMIT ${SHOWN}`,
  );
}

/** Hours that wait for the client's cheques: the client must buy some. */
export function awaitingVouchers(tx: Tx) {
  return rows<Item & { client_id: string; client_name: string; work_date: string; vouchers: number }>(
    tx,
    sql`
    SELECT e.id, e.client_id, c.name AS client_name, e.work_date::text AS work_date, e.vouchers, count(*) OVER ()::int AS total
      FROM time_entries e JOIN clients c ON c.tenant_id = e.tenant_id AND c.id = e.client_id
     WHERE e.tenant_id = app_current_tenant() AND e.status = 'awaiting_vouchers'
     ORDER BY e.work_date, e.id LIMIT ${SHOWN}`,
  );
}

/** Proposals still unanswered that expire within a day, and proposals declined or expired in the last 14 days whose job is still open. */
export function proposalsToFollow(tx: Tx) {
  return rows<
    Item & { job_id: string; description: string; worker_id: string; worker_name: string; status: string; expires_at: string | null; starts_at: string }
  >(
    tx,
    sql`
    SELECT a.id, a.job_id, j.description, a.worker_id, w.first_name || ' ' || w.last_name AS worker_name, a.status, a.expires_at::text AS expires_at, a.starts_at::text AS starts_at,
           count(*) OVER ()::int AS total
      FROM assignments a JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant()
       AND ((a.status = 'proposed' AND a.expires_at < now() + interval '1 day')
         OR (a.status IN ('declined', 'expired') AND a.updated_at > now() - interval '14 days' AND j.status = 'open'))
     ORDER BY a.starts_at, a.id LIMIT ${SHOWN}`,
  );
}

/** Client agreements running or to come whose fee is not paid: no work or cheques until it is (RULES §3). */
export function unpaidFees(tx: Tx, today: string) {
  return rows<Item & { client_id: string; client_name: string; start_date: string; fee_cents: number; payment_reference: string }>(
    tx,
    sql`
    SELECT a.id, a.client_id, c.name AS client_name, a.start_date::text AS start_date, a.fee_cents, a.payment_reference, count(*) OVER ()::int AS total
      FROM client_agreements a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
     WHERE a.tenant_id = app_current_tenant() AND a.fee_paid_on IS NULL AND a.fee_cents > 0 AND a.end_date >= ${today}::date
     ORDER BY a.start_date, a.id LIMIT ${SHOWN}`,
  );
}

/** Worker agreements that end within `days` (RULES §1: 12 months): a re-referral or a goodbye to prepare. */
export function endingAgreements(tx: Tx, today: string, days: number) {
  return rows<Item & { worker_id: string; worker_name: string; end_date: string }>(
    tx,
    sql`
    SELECT a.id, a.worker_id, w.first_name || ' ' || w.last_name AS worker_name, a.end_date::text AS end_date, count(*) OVER ()::int AS total
      FROM worker_agreements a JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant() AND w.status = 'active'
       AND a.end_date BETWEEN ${today}::date AND ${today}::date + ${days}::int
       AND NOT EXISTS (SELECT 1 FROM worker_agreements n WHERE n.tenant_id = a.tenant_id AND n.worker_id = a.worker_id AND n.start_date > a.end_date)
     ORDER BY a.end_date, a.id LIMIT ${SHOWN}`,
  );
}

/** Active workers the match list cannot use well: without availability, without any activity, or without any skill. */
export function incompleteWorkers(tx: Tx) {
  return rows<Item & { name: string; no_availability: boolean; no_activities: boolean; no_skills: boolean }>(
    tx,
    sql`
    SELECT id, name, no_availability, no_activities, no_skills, count(*) OVER ()::int AS total
      FROM (SELECT w.id, w.first_name || ' ' || w.last_name AS name, w.last_name, w.first_name,
                   NOT EXISTS (SELECT 1 FROM worker_availability v WHERE v.tenant_id = w.tenant_id AND v.worker_id = w.id) AS no_availability,
                   NOT EXISTS (SELECT 1 FROM worker_activities x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id) AS no_activities,
                   NOT EXISTS (SELECT 1 FROM worker_skills s WHERE s.tenant_id = w.tenant_id AND s.worker_id = w.id) AS no_skills
              FROM workers w
             WHERE w.tenant_id = app_current_tenant() AND w.status = 'active') w
     -- Each missing step is looked up once, for the flag and the filter alike.
     WHERE no_availability OR no_activities OR no_skills
     ORDER BY last_name, first_name, id LIMIT ${SHOWN}`,
  );
}
