-- app_worker_minutes_rebuild(p_tenant uuid) RETURNS void
-- Set-based (re)build for one tenant: after a bulk load with triggers off (session_replication_role).
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_rebuild(p_tenant uuid) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM worker_year_minutes WHERE tenant_id = p_tenant;
  WITH c AS MATERIALIZED (SELECT * FROM app_worker_minutes_computed(p_tenant))
  INSERT INTO worker_year_minutes (tenant_id, worker_id, year, worked_minutes, planned_minutes)
    SELECT p_tenant, wy.worker_id, wy.year, array_agg(COALESCE(c.worked_minutes, 0) ORDER BY m), array_agg(COALESCE(c.planned_minutes, 0) ORDER BY m)
      FROM (SELECT DISTINCT worker_id, extract(year FROM month)::integer AS year FROM c) wy
      CROSS JOIN generate_series(1, 12) m
      LEFT JOIN c ON c.worker_id = wy.worker_id AND c.month = make_date(wy.year, m, 1)
     GROUP BY wy.worker_id, wy.year;
$$;
