-- app_payout_lines_frozen() RETURNS trigger
-- History is never edited: lines of an approved or exported run are frozen, and a run only moves forward.
-- Statement-level with transition tables: refreshing a draft deletes 100 000 rows in one go, and a
-- per-row check would cost more than the refresh itself.
-- Raises: check_violation; payout run % is %: its lines cannot change
-- Live definition (was last defined in migrations/0015_payouts.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_run uuid; v_status text;
BEGIN
  -- Issue 20: the owner's data migration and key rotation (packages/db/src/encryption) rewrite the
  -- envelope of the same IBAN in frozen lines; the application role never gets this exception.
  IF TG_OP = 'UPDATE' AND current_user <> 'wijkwerk_app' AND current_setting('app.encrypting', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'payout_lines' THEN
    SELECT r.id, r.status INTO v_run, v_status FROM old_rows o
      JOIN payout_runs r ON r.tenant_id = o.tenant_id AND r.id = o.run_id
      WHERE r.status <> 'draft' LIMIT 1;
  ELSE
    SELECT r.id, r.status INTO v_run, v_status FROM old_rows o
      JOIN payout_lines l ON l.tenant_id = o.tenant_id AND l.id = o.line_id
      JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id
      WHERE r.status <> 'draft' LIMIT 1;
  END IF;
  IF v_run IS NOT NULL THEN
    RAISE EXCEPTION 'payout run % is %: its lines cannot change', v_run, v_status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
