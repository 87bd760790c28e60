-- app_worker_minutes_on_assignment() RETURNS trigger
-- Rule copy: planned minutes count against the caps (RULES §1), a labelled copy of the domain's minutesHeld (caps/minutes.ts); bound by services/api/test/worker-minutes-property.test.ts.
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_worker_minutes_on_assignment() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_old_live boolean := TG_OP <> 'INSERT' AND OLD.status IN ('proposed', 'accepted');
  v_new_live boolean := TG_OP <> 'DELETE' AND NEW.status IN ('proposed', 'accepted');
BEGIN
  IF TG_OP = 'UPDATE' AND v_old_live = v_new_live
     AND (NOT v_new_live OR (OLD.starts_at, OLD.minutes, OLD.worker_id) IS NOT DISTINCT FROM (NEW.starts_at, NEW.minutes, NEW.worker_id)) THEN
    RETURN NULL;
  END IF;
  IF NOT (v_old_live OR v_new_live) THEN RETURN NULL; END IF;
  -- With a live entry the assignment counts through the entry, whatever its own status does.
  IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = OLD.tenant_id AND te.assignment_id = OLD.id AND te.status <> 'cancelled') THEN
    RETURN NULL;
  END IF;
  IF v_old_live THEN PERFORM app_worker_minutes_add(OLD.tenant_id, OLD.worker_id, app_brussels_month(OLD.starts_at), 0, -OLD.minutes); END IF;
  IF v_new_live THEN PERFORM app_worker_minutes_add(NEW.tenant_id, NEW.worker_id, app_brussels_month(NEW.starts_at), 0, NEW.minutes); END IF;
  RETURN NULL;
END $$;
