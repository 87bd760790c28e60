-- app_worker_minutes_add(p_tenant uuid, p_worker uuid, p_month date, p_worked integer, p_planned integer) RETURNS void
-- The trigger functions run as the owner (SECURITY DEFINER): the application role may read the
-- copy but never write it, nor call the helpers below (grants.sql), which run as the owner only
-- because the triggers call them. Helpers carry no SECURITY DEFINER of their own: each such call
-- would switch roles and search_path again, on every time entry.
-- Update first: an INSERT … ON CONFLICT would check the CHECK constraint on the proposed row,
-- and a negative delta (a cancellation) is only valid on a row that exists.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_add(p_tenant uuid, p_worker uuid, p_month date, p_worked integer, p_planned integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_year integer := extract(year FROM p_month)::integer;
  v_m integer := extract(month FROM p_month)::integer;
  v_worked integer[] := array_fill(0, ARRAY[12]);
  v_planned integer[] := array_fill(0, ARRAY[12]);
BEGIN
  UPDATE worker_year_minutes w SET worked_minutes[v_m] = w.worked_minutes[v_m] + p_worked, planned_minutes[v_m] = w.planned_minutes[v_m] + p_planned
   WHERE w.tenant_id = p_tenant AND w.worker_id = p_worker AND w.year = v_year;
  IF NOT FOUND THEN
    v_worked[v_m] := p_worked;
    v_planned[v_m] := p_planned;
    INSERT INTO worker_year_minutes AS w (tenant_id, worker_id, year, worked_minutes, planned_minutes)
    VALUES (p_tenant, p_worker, v_year, v_worked, v_planned)
    ON CONFLICT (tenant_id, worker_id, year) DO UPDATE
      SET worked_minutes[v_m] = w.worked_minutes[v_m] + p_worked, planned_minutes[v_m] = w.planned_minutes[v_m] + p_planned;
  END IF;
END $$;
