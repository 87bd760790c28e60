-- app_worker_profile_computed(p_tenant uuid, p_workers uuid[]) RETURNS TABLE (worker_id uuid, availability int4multirange, agreements datemultirange, skill_ids uuid[], activity_codes text[])
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_profile_computed(p_tenant uuid, p_workers uuid[])
RETURNS TABLE (worker_id uuid, availability int4multirange, agreements datemultirange, skill_ids uuid[], activity_codes text[]) LANGUAGE sql STABLE AS $$
  SELECT w.id,
    COALESCE((SELECT range_agg(int4range((av.weekday - 1) * 1440 + (extract(epoch FROM av.from_time) / 60)::integer,
                                         (av.weekday - 1) * 1440 + (extract(epoch FROM av.to_time) / 60)::integer))
                FROM worker_availability av WHERE av.tenant_id = w.tenant_id AND av.worker_id = w.id), '{}'),
    COALESCE((SELECT range_agg(daterange(a.start_date, a.end_date, '[]'))
                FROM worker_agreements a WHERE a.tenant_id = w.tenant_id AND a.worker_id = w.id), '{}'),
    ARRAY(SELECT s.skill_id FROM worker_skills s WHERE s.tenant_id = w.tenant_id AND s.worker_id = w.id ORDER BY s.skill_id),
    ARRAY(SELECT c.activity_code FROM worker_activities c WHERE c.tenant_id = w.tenant_id AND c.worker_id = w.id ORDER BY c.activity_code)
  FROM workers w WHERE w.tenant_id = p_tenant AND (p_workers IS NULL OR w.id = ANY (p_workers))
$$;
