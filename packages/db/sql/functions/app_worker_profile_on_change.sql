-- app_worker_profile_on_change() RETURNS trigger
-- One trigger function for the four registry tables; statement-level, so a bulk insert of a
-- thousand availability rows refreshes each worker once.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_profile_on_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT x.tenant_id, array_agg(DISTINCT x.worker_id) AS workers FROM (
      SELECT n.tenant_id, n.worker_id FROM new_rows n UNION ALL SELECT o.tenant_id, o.worker_id FROM old_rows o) x
    GROUP BY x.tenant_id
  LOOP
    PERFORM app_worker_profile_refresh(r.tenant_id, r.workers);
  END LOOP;
  RETURN NULL;
END $$;
