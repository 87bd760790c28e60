-- app_worker_profile_refresh(p_tenant uuid, p_workers uuid[]) RETURNS void
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_profile_refresh(p_tenant uuid, p_workers uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE workers w SET match_availability = c.availability, match_agreements = c.agreements, match_skill_ids = c.skill_ids, match_activity_codes = c.activity_codes
    FROM app_worker_profile_computed(p_tenant, p_workers) c
   WHERE w.tenant_id = p_tenant AND w.id = c.worker_id
     AND (w.match_availability, w.match_agreements, w.match_skill_ids, w.match_activity_codes) IS DISTINCT FROM (c.availability, c.agreements, c.skill_ids, c.activity_codes)
$$;
