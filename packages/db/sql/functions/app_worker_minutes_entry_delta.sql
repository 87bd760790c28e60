-- app_worker_minutes_entry_delta(p_entry time_entries, p_sign integer) RETURNS void
-- Rule copy: "an entry replaces its assignment's planned minutes" (RULES §1 caps), a labelled copy of the domain's minutesHeld (caps/minutes.ts); bound by services/api/test/worker-minutes-property.test.ts.
-- A live entry replaces its assignment's planned minutes (at most one live entry per assignment:
-- time_entries_live_assignment_uq). Both triggers read the other table as it is now, which is
-- right as long as one statement changes only one of the two tables: true for every writer here.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_entry_delta(p_entry time_entries, p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_month date := date_trunc('month', p_entry.work_date)::date;
  v_a record;
BEGIN
  SELECT a.worker_id, a.minutes, app_brussels_month(a.starts_at) AS month INTO v_a
    FROM assignments a WHERE a.tenant_id = p_entry.tenant_id AND a.id = p_entry.assignment_id AND a.status IN ('proposed', 'accepted');
  IF FOUND AND v_a.worker_id = p_entry.worker_id AND v_a.month = v_month THEN
    PERFORM app_worker_minutes_add(p_entry.tenant_id, p_entry.worker_id, v_month, p_sign * p_entry.minutes, -p_sign * v_a.minutes);
  ELSE
    PERFORM app_worker_minutes_add(p_entry.tenant_id, p_entry.worker_id, v_month, p_sign * p_entry.minutes, 0);
    IF v_a.worker_id IS NOT NULL THEN PERFORM app_worker_minutes_add(p_entry.tenant_id, v_a.worker_id, v_a.month, 0, -p_sign * v_a.minutes); END IF;
  END IF;
END $$;
