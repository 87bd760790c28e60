-- app_worker_minutes_computed(p_tenant uuid) RETURNS TABLE (worker_id uuid, month date, worked_minutes integer, planned_minutes integer)
-- The same figures computed from the source tables, for every worker of a tenant at once.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_computed(p_tenant uuid)
RETURNS TABLE (worker_id uuid, month date, worked_minutes integer, planned_minutes integer) LANGUAGE sql STABLE AS $$
  SELECT x.worker_id, x.month, sum(x.worked)::integer, sum(x.planned)::integer FROM (
    SELECT te.worker_id, date_trunc('month', te.work_date)::date AS month, te.minutes AS worked, 0 AS planned
      FROM time_entries te WHERE te.tenant_id = p_tenant AND te.status <> 'cancelled'
    UNION ALL
    SELECT a.worker_id, app_brussels_month(a.starts_at), 0, a.minutes
      FROM assignments a WHERE a.tenant_id = p_tenant AND a.status IN ('proposed', 'accepted')
       AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')
  ) x GROUP BY x.worker_id, x.month
$$;
