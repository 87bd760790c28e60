-- app_worker_minutes_drift(p_tenant uuid) RETURNS TABLE (worker_id uuid, month date, stored_worked integer, stored_planned integer, computed_worked integer, computed_planned integer)
-- Months where the copy and a recomputation disagree (tests assert none).
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_drift(p_tenant uuid)
RETURNS TABLE (worker_id uuid, month date, stored_worked integer, stored_planned integer, computed_worked integer, computed_planned integer) LANGUAGE sql STABLE AS $$
  SELECT COALESCE(s.worker_id, c.worker_id), COALESCE(s.month, c.month),
         COALESCE(s.worked_minutes, 0), COALESCE(s.planned_minutes, 0), COALESCE(c.worked_minutes, 0), COALESCE(c.planned_minutes, 0)
    FROM app_worker_minutes_stored(p_tenant) s
    FULL JOIN (SELECT * FROM app_worker_minutes_computed(p_tenant) WHERE worked_minutes <> 0 OR planned_minutes <> 0) c ON c.worker_id = s.worker_id AND c.month = s.month
   WHERE (COALESCE(s.worked_minutes, 0), COALESCE(s.planned_minutes, 0)) <> (COALESCE(c.worked_minutes, 0), COALESCE(c.planned_minutes, 0))
$$;
