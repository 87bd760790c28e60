-- app_worker_profile_drift(p_tenant uuid) RETURNS TABLE (worker_id uuid)
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_profile_drift(p_tenant uuid) RETURNS TABLE (worker_id uuid) LANGUAGE sql STABLE AS $$
  SELECT w.id FROM workers w JOIN app_worker_profile_computed(p_tenant, NULL) c ON c.worker_id = w.id
   WHERE w.tenant_id = p_tenant
     AND (w.match_availability, w.match_agreements, w.match_skill_ids, w.match_activity_codes) IS DISTINCT FROM (c.availability, c.agreements, c.skill_ids, c.activity_codes)
$$;
