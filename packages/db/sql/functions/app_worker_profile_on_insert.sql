-- app_worker_profile_on_insert() RETURNS trigger
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_profile_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT n.tenant_id, array_agg(DISTINCT n.worker_id) AS workers FROM new_rows n GROUP BY n.tenant_id LOOP
    PERFORM app_worker_profile_refresh(r.tenant_id, r.workers);
  END LOOP;
  RETURN NULL;
END $$;
