-- app_payout_mark_entry() RETURNS trigger
-- Row-level with WHEN clauses (below), so entering hours (status 'submitted', no correction)
-- costs nothing; confirming, cancelling or correcting an entry queues its worker's month, and a
-- correction also queues the month of the entry it replaces (it is no longer due once replaced).
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_mark_entry() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_old record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM app_payout_mark(OLD.tenant_id, OLD.worker_id, OLD.work_date);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF TG_OP = 'INSERT' OR (NEW.worker_id, date_trunc('month', NEW.work_date)) IS DISTINCT FROM (OLD.worker_id, date_trunc('month', OLD.work_date)) THEN
      PERFORM app_payout_mark(NEW.tenant_id, NEW.worker_id, NEW.work_date);
    END IF;
    IF NEW.corrects_entry_id IS NOT NULL THEN
      SELECT te.worker_id, te.work_date INTO v_old FROM time_entries te WHERE te.tenant_id = NEW.tenant_id AND te.id = NEW.corrects_entry_id;
      IF FOUND THEN PERFORM app_payout_mark(NEW.tenant_id, v_old.worker_id, v_old.work_date); END IF;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.corrects_entry_id IS NOT NULL AND OLD.corrects_entry_id IS DISTINCT FROM NEW.corrects_entry_id THEN
    SELECT te.worker_id, te.work_date INTO v_old FROM time_entries te WHERE te.tenant_id = OLD.tenant_id AND te.id = OLD.corrects_entry_id;
    IF FOUND THEN PERFORM app_payout_mark(OLD.tenant_id, v_old.worker_id, v_old.work_date); END IF;
  END IF;
  RETURN NULL;
END $$;
