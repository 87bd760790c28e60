-- app_worker_minutes_stored(p_tenant uuid) RETURNS TABLE (worker_id uuid, month date, worked_minutes integer, planned_minutes integer)
-- The copy, one row per worker and month, as app_worker_minutes_computed returns it.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_stored(p_tenant uuid)
RETURNS TABLE (worker_id uuid, month date, worked_minutes integer, planned_minutes integer) LANGUAGE sql STABLE AS $$
  SELECT y.worker_id, make_date(y.year, m, 1), y.worked_minutes[m], y.planned_minutes[m]
    FROM worker_year_minutes y, generate_series(1, 12) m
   WHERE y.tenant_id = p_tenant AND (y.worked_minutes[m] <> 0 OR y.planned_minutes[m] <> 0)
$$;
