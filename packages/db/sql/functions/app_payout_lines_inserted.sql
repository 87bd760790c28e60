-- app_payout_lines_inserted() RETURNS trigger
-- Raises: a remainder can only be carried from an approved run (run %); foreign_key_violation; payout line for unknown worker %; payout lines can only be added to a draft run of the same tenant (run %)
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_lines_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_bad record;
BEGIN
  -- Runs first, over the few distinct (run, carried from) pairs of the statement.
  SELECT d.run_id, d.carried_from_run_id,
         NOT EXISTS (SELECT 1 FROM payout_runs r WHERE r.tenant_id = d.tenant_id AND r.id = d.run_id AND r.status = 'draft') AS bad_run
    INTO v_bad
    FROM (SELECT DISTINCT n.tenant_id, n.run_id, n.carried_from_run_id FROM new_rows n) d
    WHERE NOT EXISTS (SELECT 1 FROM payout_runs r WHERE r.tenant_id = d.tenant_id AND r.id = d.run_id AND r.status = 'draft')
       OR (d.carried_from_run_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM payout_runs r WHERE r.tenant_id = d.tenant_id AND r.id = d.carried_from_run_id AND r.status <> 'draft'))
    LIMIT 1;
  IF FOUND AND v_bad.bad_run THEN
    RAISE EXCEPTION 'payout lines can only be added to a draft run of the same tenant (run %)', v_bad.run_id USING ERRCODE = 'foreign_key_violation';
  ELSIF FOUND THEN
    RAISE EXCEPTION 'a remainder can only be carried from an approved run (run %)', v_bad.carried_from_run_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  SELECT n.worker_id INTO v_bad FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM workers w WHERE w.tenant_id = n.tenant_id AND w.id = n.worker_id) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'payout line for unknown worker %', v_bad.worker_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;
