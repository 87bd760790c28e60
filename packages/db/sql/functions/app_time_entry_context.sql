-- app_time_entry_context(p_tenant uuid, p_assignments uuid[]) RETURNS TABLE ( id uuid, worker_id uuid, client_id uuid, starts_at timestamptz, local_date date, today date, minutes integer, status text, settings jsonb, has_live_entry boolean, month_worked integer, month_planned integer, year_worked integer, year_planned integer)
-- POST /v1/time-entries, the worker's phone's hot path (issue "Hours and vouchers"): everything
-- the API needs before it decides, for one entry or for a batch of entries submitted together,
-- in the statement that also binds the transaction to the tenant and takes the row locks of the
-- workers concerned (the lock every caps check of a worker queues on), in id order so that two
-- batches never deadlock. The caps rule itself stays in the domain (checkCaps): this only reads.
-- Live definition (was last defined in migrations/0021_time_entry_hot_path.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_time_entry_context(p_tenant uuid, p_assignments uuid[])
RETURNS TABLE (
  id uuid, worker_id uuid, client_id uuid, starts_at timestamptz, local_date date, today date, minutes integer, status text, settings jsonb,
  has_live_entry boolean, month_worked integer, month_planned integer, year_worked integer, year_planned integer)
-- Its queries have the same shape on every call; with an array parameter the plan cache kept
-- choosing custom plans, and planning them cost three times what running them did.
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
#variable_conflict use_column
BEGIN
  PERFORM app_use_tenant(p_tenant);
  PERFORM 1 FROM workers w
   WHERE w.tenant_id = app_current_tenant()
     AND w.id IN (SELECT x.worker_id FROM assignments x WHERE x.tenant_id = app_current_tenant() AND x.id = ANY (p_assignments))
   ORDER BY w.id
     FOR UPDATE;
  -- A later statement than the locks: it sees every entry committed before they were granted.
  RETURN QUERY
    SELECT x.id, x.worker_id, x.client_id, x.starts_at, (x.starts_at AT TIME ZONE 'Europe/Brussels')::date, (now() AT TIME ZONE 'Europe/Brussels')::date,
           -- An inloopbeurt (0051) is no prestatie: the API refuses hours for it by this status.
           x.minutes, CASE WHEN x.inloop THEN 'inloop' ELSE x.status END, t.settings,
           EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = x.tenant_id AND te.assignment_id = x.id AND te.status <> 'cancelled'),
           m.month_worked, m.month_planned, m.year_worked, m.year_planned
      FROM assignments x
      JOIN tenants t ON t.id = x.tenant_id
      CROSS JOIN LATERAL app_worker_month_year_minutes(x.worker_id, (x.starts_at AT TIME ZONE 'Europe/Brussels')::date) m
     WHERE x.tenant_id = app_current_tenant() AND x.id = ANY (p_assignments);
END $fn$;
