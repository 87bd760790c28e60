-- app_worker_profile_on_delete() RETURNS trigger
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_profile_on_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT o.tenant_id, array_agg(DISTINCT o.worker_id) AS workers FROM old_rows o GROUP BY o.tenant_id LOOP
    PERFORM app_worker_profile_refresh(r.tenant_id, r.workers);
  END LOOP;
  RETURN NULL;
END $$;
