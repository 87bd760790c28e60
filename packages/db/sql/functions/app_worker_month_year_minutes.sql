-- app_worker_month_year_minutes(p_worker uuid, p_date date) RETURNS TABLE (month_worked integer, month_planned integer, year_worked integer, year_planned integer)
-- A worker's minutes in the Brussels month and year of p_date: what every caps check reads.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_month_year_minutes(p_worker uuid, p_date date)
RETURNS TABLE (month_worked integer, month_planned integer, year_worked integer, year_planned integer) LANGUAGE sql STABLE AS $$
  SELECT COALESCE(y.worked_minutes[extract(month FROM p_date)::integer], 0),
         COALESCE(y.planned_minutes[extract(month FROM p_date)::integer], 0),
         COALESCE((SELECT sum(v) FROM unnest(y.worked_minutes) v), 0)::integer,
         COALESCE((SELECT sum(v) FROM unnest(y.planned_minutes) v), 0)::integer
    FROM (SELECT 1) one
    LEFT JOIN worker_year_minutes y ON y.tenant_id = app_current_tenant() AND y.worker_id = p_worker AND y.year = extract(year FROM p_date)::integer
$$;
