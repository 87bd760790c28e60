-- POST /v1/time-entries, the worker's phone's hot path (issue "Hours and vouchers"): everything
-- the API needs before it decides, for one entry or for a batch of entries submitted together,
-- in the statement that also binds the transaction to the tenant and takes the row locks of the
-- workers concerned (the lock every caps check of a worker queues on), in id order so that two
-- batches never deadlock. The caps rule itself stays in the domain (checkCaps): this only reads.
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
           x.minutes, x.status, t.settings,
           EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = x.tenant_id AND te.assignment_id = x.id AND te.status <> 'cancelled'),
           m.month_worked, m.month_planned, m.year_worked, m.year_planned
      FROM assignments x
      JOIN tenants t ON t.id = x.tenant_id
      CROSS JOIN LATERAL app_worker_month_year_minutes(x.worker_id, (x.starts_at AT TIME ZONE 'Europe/Brussels')::date) m
     WHERE x.tenant_id = app_current_tenant() AND x.id = ANY (p_assignments);
END $fn$;

-- Fewer row locks per entry. A foreign key check takes a KEY SHARE lock on the row it finds; an
-- entry took three (assignment, worker, client) and its outbox and audit rows one each on the
-- tenant's row, which every concurrent request of the tenant then shares (a multixact per lock).
-- One composite key says more with one lock: the entry's worker and client ARE its assignment's.
CREATE UNIQUE INDEX assignments_parties_uq ON assignments (tenant_id, id, worker_id, client_id);
ALTER TABLE time_entries
  DROP CONSTRAINT time_entries_tenant_id_assignment_id_fkey,
  DROP CONSTRAINT time_entries_tenant_id_worker_id_fkey,
  DROP CONSTRAINT time_entries_tenant_id_client_id_fkey,
  ADD CONSTRAINT time_entries_assignment_parties_fkey FOREIGN KEY (tenant_id, assignment_id, worker_id, client_id)
    REFERENCES assignments (tenant_id, id, worker_id, client_id);
-- The outbox and the audit log are append-only logs of a transaction that RLS already binds to
-- the tenant (WITH CHECK tenant_id = app_current_tenant()), and tenants are never deleted: their
-- key to tenants guarded nothing that was not guarded, at the price of that shared row lock.
ALTER TABLE outbox DROP CONSTRAINT outbox_tenant_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_tenant_id_fkey;
