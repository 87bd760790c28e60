-- Matching, assignments and proposal responses (issue "Jobs, explainable matching and cap-safe
-- assignments"): indexes for the one-query matching pre-filter at 20,000 workers, single-use
-- response tokens for the signed link in the SMS, and the proposal-expiry sweep.

-- Candidate neighbourhoods around a job are found by a bounding box on the centroids.
CREATE INDEX IF NOT EXISTS neighbourhoods_geo_idx ON neighbourhoods (tenant_id, lat, lon);
-- The box is as wide as the farthest any active worker will travel: max() reads one index entry.
CREATE INDEX IF NOT EXISTS workers_active_travel_idx ON workers (tenant_id, max_travel_km) WHERE status = 'active';
-- Per neighbourhood, only the workers who travel at least as far as that neighbourhood lies.
CREATE INDEX IF NOT EXISTS workers_active_reach_idx ON workers (tenant_id, neighbourhood_id, max_travel_km) WHERE status = 'active';
-- "An agreement active on the job's date" per candidate.
CREATE INDEX IF NOT EXISTS worker_agreements_worker_idx ON worker_agreements (tenant_id, worker_id, start_date);
-- Planned minutes leave out assignments that already have a time entry.
CREATE INDEX IF NOT EXISTS time_entries_assignment_idx ON time_entries (tenant_id, assignment_id) WHERE status <> 'cancelled';
-- Continuity: minutes a worker already worked for this client.
CREATE INDEX IF NOT EXISTS time_entries_client_worker_idx ON time_entries (tenant_id, client_id, worker_id, work_date) WHERE status <> 'cancelled';
-- The expiry sweep runs across tenants every few minutes.
CREATE INDEX IF NOT EXISTS assignments_proposed_expiry_idx ON assignments (expires_at) WHERE status = 'proposed';
CREATE INDEX IF NOT EXISTS jobs_parent_idx ON jobs (tenant_id, parent_job_id) WHERE parent_job_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS jobs_created_idx ON jobs (tenant_id, created_at, id);

-- One row per signed respond link: the link works once (used_at) and only until expires_at.
CREATE TABLE assignment_response_tokens (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES assignments(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id)
);
CREATE INDEX assignment_response_tokens_assignment_idx ON assignment_response_tokens (tenant_id, assignment_id);
SELECT app_enable_tenant_rls('assignment_response_tokens');

-- The matching pre-filter of GET /v1/jobs/{id}/matches as one set-based query. It lives in a
-- PL/pgSQL function so its plan is cached per connection: planning this query costs about as
-- much as running it. The caller computes the Brussels calendar parameters (domain time rules).
-- Tenant via RLS / app_current_tenant(); one call per request, never per worker.
CREATE OR REPLACE FUNCTION app_match_candidates(
  p_neighbourhood uuid, p_adjacent uuid[], p_lat float8, p_lon float8, p_km_per_lon float8, p_margin_km float8, p_max_radius_km float8,
  p_activity text, p_client uuid, p_estimated integer, p_date date, p_weekday integer, p_from time, p_to time,
  p_month_start date, p_month_end date, p_year_start date, p_year_end date,
  p_month_from timestamptz, p_month_to timestamptz, p_year_from timestamptz, p_year_to timestamptz,
  p_month_cap integer, p_year_cap integer)
RETURNS TABLE (
  id uuid, name text, neighbourhood_id uuid, neighbourhood_name text, lat float8, lon float8, max_travel_km float8, agreement_end text,
  month_used integer, month_planned integer, year_used integer, year_planned integer, client_minutes integer, client_last_on text, prefers_activity boolean)
LANGUAGE plpgsql STABLE AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    WITH reach AS (
      SELECT LEAST(COALESCE(max(w.max_travel_km)::float8, 0) + p_margin_km, p_max_radius_km) AS km
        FROM workers w WHERE w.tenant_id = app_current_tenant() AND w.status = 'active'
    ),
    boxed AS (
      SELECT n.id, n.name, n.lat, n.lon FROM neighbourhoods n, reach r
       WHERE n.tenant_id = app_current_tenant()
         AND n.lat BETWEEN p_lat - r.km / 111.32 AND p_lat + r.km / 111.32
         AND n.lon BETWEEN p_lon - r.km / p_km_per_lon AND p_lon + r.km / p_km_per_lon
      UNION
      SELECT n.id, n.name, n.lat, n.lon FROM neighbourhoods n
       WHERE n.tenant_id = app_current_tenant() AND (n.id = p_neighbourhood OR n.id = ANY (p_adjacent))
    ),
    -- Distance once per neighbourhood; a worker there travels at least that far, less the margin
    -- for an own address off the centroid, so the index skips workers who would never go.
    near_nbh AS (
      SELECT b.id, b.name, b.lat, b.lon,
             CASE WHEN b.id = p_neighbourhood OR b.id = ANY (p_adjacent) THEN 0
                  ELSE greatest(0, 2 * 6371.0088 * asin(least(1, sqrt(
                         sin(radians(b.lat - p_lat) / 2) ^ 2 + cos(radians(p_lat)) * cos(radians(b.lat)) * sin(radians(b.lon - p_lon) / 2) ^ 2))) - p_margin_km)
             END::numeric(7,1) AS min_travel
        FROM boxed b
    ),
    cand AS (
      SELECT w.id, w.first_name || ' ' || w.last_name AS name, w.neighbourhood_id, nn.name AS neighbourhood_name,
             COALESCE(w.lat, nn.lat) AS lat, COALESCE(w.lon, nn.lon) AS lon, w.max_travel_km::float8 AS max_travel_km, ag.end_date AS agreement_end
        FROM near_nbh nn
        JOIN workers w ON w.tenant_id = app_current_tenant() AND w.neighbourhood_id = nn.id AND w.status = 'active' AND w.max_travel_km >= floor(nn.min_travel)
        JOIN LATERAL (
          SELECT wa.end_date FROM worker_agreements wa
           WHERE wa.tenant_id = w.tenant_id AND wa.worker_id = w.id AND wa.start_date <= p_date AND (wa.end_date IS NULL OR wa.end_date >= p_date)
           LIMIT 1) ag ON true
       WHERE NOT EXISTS (
               SELECT 1 FROM activities act
                WHERE act.code = p_activity AND act.skill_name IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM worker_skills ws JOIN skills s ON s.tenant_id = ws.tenant_id AND s.id = ws.skill_id
                                   WHERE ws.tenant_id = w.tenant_id AND ws.worker_id = w.id AND s.name = act.skill_name))
         AND EXISTS (
               SELECT 1 FROM worker_availability av
                WHERE av.tenant_id = w.tenant_id AND av.worker_id = w.id AND av.weekday = p_weekday
                  AND LEAST(av.to_time, p_to) - GREATEST(av.from_time, p_from) >= make_interval(mins => p_estimated))
         AND (w.neighbourhood_id = p_neighbourhood OR w.neighbourhood_id = ANY (p_adjacent)
              OR 2 * 6371.0088 * asin(least(1, sqrt(
                   sin(radians(COALESCE(w.lat, nn.lat) - p_lat) / 2) ^ 2
                   + cos(radians(p_lat)) * cos(radians(COALESCE(w.lat, nn.lat))) * sin(radians(COALESCE(w.lon, nn.lon) - p_lon) / 2) ^ 2)))
                 <= w.max_travel_km)
    ),
    used AS (
      SELECT te.worker_id,
             (sum(te.minutes) FILTER (WHERE te.work_date >= p_month_start AND te.work_date < p_month_end))::int AS m,
             sum(te.minutes)::int AS y
        FROM time_entries te
       WHERE te.tenant_id = app_current_tenant() AND te.worker_id IN (SELECT id FROM cand) AND te.status <> 'cancelled'
         AND te.work_date >= p_year_start AND te.work_date < p_year_end
       GROUP BY te.worker_id),
    planned AS (
      SELECT a.worker_id,
             (sum(a.minutes) FILTER (WHERE a.starts_at >= p_month_from AND a.starts_at < p_month_to))::int AS m,
             sum(a.minutes)::int AS y
        FROM assignments a
       WHERE a.tenant_id = app_current_tenant() AND a.worker_id IN (SELECT id FROM cand) AND a.status IN ('proposed', 'accepted')
         AND a.starts_at >= p_year_from AND a.starts_at < p_year_to
         AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')
       GROUP BY a.worker_id),
    hist AS (
      SELECT te.worker_id, sum(te.minutes)::int AS m, max(te.work_date)::text AS last_on FROM time_entries te
       WHERE te.tenant_id = app_current_tenant() AND te.client_id = p_client AND te.worker_id IN (SELECT id FROM cand) AND te.status <> 'cancelled'
       GROUP BY te.worker_id)
    SELECT c.id, c.name, c.neighbourhood_id, c.neighbourhood_name, c.lat, c.lon, c.max_travel_km, c.agreement_end::text,
           COALESCE(u.m, 0) AS month_used, COALESCE(p.m, 0) AS month_planned,
           COALESCE(u.y, 0) AS year_used, COALESCE(p.y, 0) AS year_planned,
           COALESCE(h.m, 0) AS client_minutes, h.last_on,
           EXISTS (SELECT 1 FROM worker_activities wac WHERE wac.tenant_id = app_current_tenant() AND wac.worker_id = c.id AND wac.activity_code = p_activity) AS prefers_activity
      FROM cand c
      LEFT JOIN used u ON u.worker_id = c.id
      LEFT JOIN planned p ON p.worker_id = c.id
      LEFT JOIN hist h ON h.worker_id = c.id
     WHERE p_month_cap - COALESCE(u.m, 0) - COALESCE(p.m, 0) >= p_estimated
       AND p_year_cap - COALESCE(u.y, 0) - COALESCE(p.y, 0) >= p_estimated;
END $fn$;
