-- app_payout_runs_forward() RETURNS trigger
-- Raises: check_violation; payout run % cannot go back from % to %; payout run % is % and cannot be deleted; payout run % is % and cannot change
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_runs_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'payout run % is % and cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation'; END IF;
    -- What the foreign key's ON DELETE CASCADE did before 0018.
    DELETE FROM payout_lines l WHERE l.tenant_id = OLD.tenant_id AND l.run_id = OLD.id;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (NEW.month, NEW.line_count, NEW.total_cents, NEW.hourly_cents) IS DISTINCT FROM (OLD.month, OLD.line_count, OLD.total_cents, OLD.hourly_cents) THEN
    RAISE EXCEPTION 'payout run % is % and cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF (OLD.status = 'approved' AND NEW.status = 'draft') OR (OLD.status = 'exported' AND NEW.status <> 'exported') THEN
    RAISE EXCEPTION 'payout run % cannot go back from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
