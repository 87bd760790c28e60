-- app_worker_minutes_on_entry() RETURNS trigger
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_on_entry() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_old_live boolean := TG_OP <> 'INSERT' AND OLD.status <> 'cancelled';
  v_new_live boolean := TG_OP <> 'DELETE' AND NEW.status <> 'cancelled';
  v_m integer;
  v_a record;
BEGIN
  -- The hot path (a worker enters hours): one read of the assignment and one in-place update of
  -- the year row, without the helpers' calls. Anything unusual takes the general path below.
  IF TG_OP = 'INSERT' AND v_new_live THEN
    v_m := extract(month FROM NEW.work_date)::integer;
    SELECT a.worker_id, a.minutes, extract(month FROM a.starts_at AT TIME ZONE 'Europe/Brussels')::integer AS m,
           extract(year FROM a.starts_at AT TIME ZONE 'Europe/Brussels')::integer AS y INTO v_a
      FROM assignments a WHERE a.tenant_id = NEW.tenant_id AND a.id = NEW.assignment_id AND a.status IN ('proposed', 'accepted');
    IF NOT FOUND OR (v_a.worker_id = NEW.worker_id AND v_a.y = extract(year FROM NEW.work_date)) THEN
      UPDATE worker_year_minutes w
         SET worked_minutes[v_m] = w.worked_minutes[v_m] + NEW.minutes,
             planned_minutes[COALESCE(v_a.m, v_m)] = w.planned_minutes[COALESCE(v_a.m, v_m)] - COALESCE(v_a.minutes, 0)
       WHERE w.tenant_id = NEW.tenant_id AND w.worker_id = NEW.worker_id AND w.year = extract(year FROM NEW.work_date)::integer;
      IF FOUND THEN RETURN NULL; END IF;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND v_old_live = v_new_live
     AND (NOT v_new_live OR (OLD.minutes, OLD.work_date, OLD.worker_id, OLD.assignment_id) IS NOT DISTINCT FROM (NEW.minutes, NEW.work_date, NEW.worker_id, NEW.assignment_id)) THEN
    RETURN NULL;
  END IF;
  IF v_old_live THEN PERFORM app_worker_minutes_entry_delta(OLD, -1); END IF;
  IF v_new_live THEN PERFORM app_worker_minutes_entry_delta(NEW, 1); END IF;
  RETURN NULL;
END $$;
