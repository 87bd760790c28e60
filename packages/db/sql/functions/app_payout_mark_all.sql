-- app_payout_mark_all(p_tenant uuid) RETURNS integer
-- Bulk loads that skip triggers (session_replication_role = replica, as the Flanders-scale seed
-- does) call this once for the tenant they loaded: it queues every month that has entries or lines.
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_mark_all(p_tenant uuid) RETURNS integer LANGUAGE sql AS $$
  WITH pairs AS (
    SELECT te.worker_id, date_trunc('month', te.work_date)::date AS work_month FROM time_entries te
    WHERE te.tenant_id = p_tenant AND (te.status = 'confirmed' OR te.corrects_entry_id IS NOT NULL)
    UNION
    SELECT l.worker_id, l.work_month FROM payout_lines l WHERE l.tenant_id = p_tenant AND l.work_month IS NOT NULL
  ), ins AS (
    INSERT INTO payout_pending AS p (tenant_id, worker_id, work_month) SELECT p_tenant, worker_id, work_month FROM pairs
    ON CONFLICT (tenant_id, worker_id, work_month) DO UPDATE SET mark = EXCLUDED.mark
    RETURNING 1
  )
  SELECT count(*)::integer FROM ins
$$;
