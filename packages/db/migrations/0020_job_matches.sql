-- GET /v1/jobs/{id}/matches in one statement and one round trip (issue "Jobs, explainable
-- matching and cap-safe assignments"): the job, the tenant's settings and every worker who could
-- take it, with the figures the domain's scoring needs. Replaces app_match_candidates (0012):
-- the profile and minutes come from the per-worker copies of 0017 instead of four registry
-- tables and a year of time entries per candidate.

-- app_use_tenant: packages/db/sql/functions/app_use_tenant.sql

-- app_job_matches: packages/db/sql/functions/app_job_matches.sql

-- The pre-filter's access path: per neighbourhood and reach (max travel in whole tenths of a km,
-- an integer so the comparison is leakproof), the active workers with everything the filter
-- reads, so the 10 to 200 entries a job looks at come from a few index pages, not one heap page each.
-- It replaces 0012's workers_active_reach_idx and workers_neighbourhood_idx (same leading columns).
ALTER TABLE workers ADD COLUMN match_reach_tenths integer GENERATED ALWAYS AS ((max_travel_km * 10)::integer) STORED;
CREATE INDEX workers_match_idx ON workers (tenant_id, neighbourhood_id, match_reach_tenths)
  INCLUDE (id, first_name, last_name, lat, lon, max_travel_km, match_agreements, match_skill_ids, match_availability, match_activity_codes)
  WHERE status = 'active';
DROP INDEX IF EXISTS workers_active_reach_idx;
DROP INDEX IF EXISTS workers_neighbourhood_idx;

DROP FUNCTION IF EXISTS app_match_candidates(uuid, uuid[], float8, float8, float8, float8, float8, text, uuid, integer, date, integer, time, time, date, date, date, date, timestamptz, timestamptz, timestamptz, timestamptz, integer, integer);
