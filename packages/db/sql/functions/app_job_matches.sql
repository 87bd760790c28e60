-- app_job_matches(p_tenant uuid, p_job uuid, p_margin_km float8, p_max_radius_km float8) RETURNS json
-- Rule copy: "within reach" and "the skill an activity needs" (RULES §1, §6), labelled copies of the domain's withinReach (matching/reach.ts) and missingSkill (work/skills.ts); bound by services/api/test/reach-property.test.ts and skill-property.test.ts.
-- NULL when the job does not exist in the tenant; otherwise
-- { job: {…}, settings: {…stored overrides}, candidates: [{…}] }.
-- Pre-filter (the ranking is the domain's, in the API): active; an agreement on the job's
-- Brussels date; the skill the activity needs; free on that weekday for the estimated minutes
-- within the job's window (a window past midnight counts until the end of its first day); in the
-- job's neighbourhood, an adjacent one, or within the worker's own max travel distance (a labelled
-- copy of the domain's withinReach, packages/domain/src/matching/reach.ts, bound to it by
-- services/api/test/reach-property.test.ts); the skill check is the domain's missingSkill. Caps are
-- left to the domain's checkCaps, with the month and year minutes returned here.
-- Live definition (was last defined in migrations/0020_job_matches.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_job_matches(p_tenant uuid, p_job uuid, p_margin_km float8, p_max_radius_km float8) RETURNS json
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  j record;
  v_local timestamp;
  v_date date;
  v_day_start integer;
  v_from integer;
  v_to integer;
  v_km float8;
  v_km_per_lon float8;
  v_skills uuid[];
  v_candidates json;
BEGIN
  PERFORM app_use_tenant(p_tenant);
  SELECT jb.id, jb.client_id, jb.neighbourhood_id, n.name AS neighbourhood_name, jb.activity_code, a.name AS activity_name, a.skill_name,
         jb.estimated_minutes, jb.window_from, jb.window_to, COALESCE(c.lat, n.lat) AS lat, COALESCE(c.lon, n.lon) AS lon,
         ARRAY(SELECT na.adjacent_id FROM neighbourhood_adjacency na WHERE na.tenant_id = jb.tenant_id AND na.neighbourhood_id = jb.neighbourhood_id ORDER BY na.adjacent_id) AS adjacent_ids,
         t.settings
    INTO j
    FROM jobs jb
    JOIN clients c ON c.tenant_id = jb.tenant_id AND c.id = jb.client_id
    JOIN neighbourhoods n ON n.tenant_id = jb.tenant_id AND n.id = jb.neighbourhood_id
    JOIN activities a ON a.code = jb.activity_code
    JOIN tenants t ON t.id = jb.tenant_id
   WHERE jb.tenant_id = app_current_tenant() AND jb.id = p_job;
  IF NOT FOUND THEN RETURN NULL; END IF;

  v_local := j.window_from AT TIME ZONE 'Europe/Brussels';
  v_date := v_local::date;
  -- Minutes since Monday 00:00, the unit of workers.match_availability.
  v_day_start := (extract(isodow FROM v_local)::integer - 1) * 1440;
  v_from := v_day_start + (extract(epoch FROM v_local::time) / 60)::integer;
  v_to := CASE WHEN (j.window_to AT TIME ZONE 'Europe/Brussels')::date = v_date
               THEN v_day_start + (extract(epoch FROM (j.window_to AT TIME ZONE 'Europe/Brussels')::time) / 60)::integer
               ELSE v_day_start + 1440 END;
  v_to := GREATEST(v_to, v_from);
  IF j.skill_name IS NOT NULL THEN
    v_skills := ARRAY(SELECT s.id FROM skills s WHERE s.tenant_id = app_current_tenant() AND s.name = j.skill_name);
  END IF;
  -- The box reaches as far as the farthest-travelling active worker (one index entry), capped.
  SELECT LEAST(COALESCE(max(w.max_travel_km)::float8, 0) + p_margin_km, p_max_radius_km) INTO v_km
    FROM workers w WHERE w.tenant_id = app_current_tenant() AND w.status = 'active';
  v_km_per_lon := 111.32 * GREATEST(0.01, cos(radians(j.lat)));

  -- Distance once per neighbourhood; a worker there travels at least that far, less the margin
  -- for an own address off the centroid, in tenths of a km. MATERIALIZED, so the join below
  -- compares two integers: under RLS only leakproof comparisons (int4ge is, numeric_ge and the
  -- trigonometry are not) become index conditions, and then the index skips workers who would
  -- never go that far instead of reading and filtering them.
  WITH near AS MATERIALIZED (
    SELECT n.id, n.name, n.lat, n.lon,
           floor(10 * CASE WHEN n.id = j.neighbourhood_id OR n.id = ANY (j.adjacent_ids) THEN 0
                ELSE greatest(0, 2 * 6371.0088 * asin(least(1, sqrt(
                       sin(radians(n.lat - j.lat) / 2) ^ 2 + cos(radians(j.lat)) * cos(radians(n.lat)) * sin(radians(n.lon - j.lon) / 2) ^ 2))) - p_margin_km)
           END)::integer AS min_reach_tenths
      FROM neighbourhoods n
     WHERE n.tenant_id = app_current_tenant()
       AND ((n.lat BETWEEN j.lat - v_km / 111.32 AND j.lat + v_km / 111.32 AND n.lon BETWEEN j.lon - v_km / v_km_per_lon AND j.lon + v_km / v_km_per_lon)
            OR n.id = j.neighbourhood_id OR n.id = ANY (j.adjacent_ids))
  ),
  -- Read from workers_match_idx alone (an index-only scan): the profile columns are in the index.
  cand AS MATERIALIZED (
    SELECT w.id, w.first_name || ' ' || w.last_name AS name, w.neighbourhood_id, nn.name AS neighbourhood_name,
           COALESCE(w.lat, nn.lat) AS lat, COALESCE(w.lon, nn.lon) AS lon, w.max_travel_km::float8 AS max_travel_km,
           j.activity_code = ANY (w.match_activity_codes) AS prefers_activity
      FROM near nn
      JOIN workers w ON w.tenant_id = app_current_tenant() AND w.neighbourhood_id = nn.id AND w.status = 'active' AND w.match_reach_tenths >= nn.min_reach_tenths
     WHERE w.match_agreements @> v_date
       AND (v_skills IS NULL OR w.match_skill_ids && v_skills)
       AND EXISTS (SELECT 1 FROM unnest(w.match_availability * int4multirange(int4range(v_from, v_to))) free WHERE upper(free) - lower(free) >= j.estimated_minutes)
       AND (w.neighbourhood_id = j.neighbourhood_id OR w.neighbourhood_id = ANY (j.adjacent_ids)
            OR 2 * 6371.0088 * asin(least(1, sqrt(
                 sin(radians(COALESCE(w.lat, nn.lat) - j.lat) / 2) ^ 2
                 + cos(radians(j.lat)) * cos(radians(COALESCE(w.lat, nn.lat))) * sin(radians(COALESCE(w.lon, nn.lon) - j.lon) / 2) ^ 2)))
               <= w.max_travel_km)
  ),
  -- Continuity: one pass over this client's entries, however many candidates there are.
  hist AS MATERIALIZED (
    SELECT te.worker_id, sum(te.minutes)::integer AS minutes, max(te.work_date) AS last_on
      FROM time_entries te
     WHERE te.tenant_id = app_current_tenant() AND te.client_id = j.client_id AND te.status <> 'cancelled'
     GROUP BY te.worker_id
  )
  SELECT json_agg(x) INTO v_candidates FROM (
    SELECT c.id, c.name, c.neighbourhood_id AS "neighbourhoodId", c.neighbourhood_name AS "neighbourhoodName", c.lat, c.lon,
           c.max_travel_km AS "maxTravelKm", c.prefers_activity AS "prefersActivity",
           m.month_worked AS "monthWorked", m.month_planned AS "monthPlanned", m.year_worked AS "yearWorked", m.year_planned AS "yearPlanned",
           COALESCE(h.minutes, 0) AS "clientMinutes", h.last_on AS "clientLastOn"
      FROM cand c
      -- The caps check's own reader (0017), inlined by the planner: one year row per candidate.
      CROSS JOIN LATERAL app_worker_month_year_minutes(c.id, v_date) m
      LEFT JOIN hist h ON h.worker_id = c.id) x;

  RETURN json_build_object(
    'job', json_build_object(
      'id', j.id, 'clientId', j.client_id, 'neighbourhoodId', j.neighbourhood_id, 'neighbourhoodName', j.neighbourhood_name,
      'activityCode', j.activity_code, 'activityName', j.activity_name, 'estimatedMinutes', j.estimated_minutes,
      'date', v_date, 'lat', j.lat, 'lon', j.lon, 'adjacentIds', j.adjacent_ids,
      -- Issue 19 (0051): workers announced to this client as its next one (the continuity weight prefers them).
      'announcedIds', ARRAY(SELECT h.successor_id FROM handovers h
                             WHERE h.tenant_id = app_current_tenant() AND h.client_id = j.client_id AND h.status = 'announced' ORDER BY h.successor_id)),
    'settings', j.settings,
    'candidates', COALESCE(v_candidates, '[]'::json));
END $fn$;
