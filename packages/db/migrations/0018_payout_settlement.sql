-- Payouts settle per (worker, work month) instead of per time entry (issue 7, docs/PAYOUTS.md).
--
-- What is due for a worker's month is the priced confirmed, non-superseded entries of that month;
-- what was paid is the sum of that (worker, month)'s lines in other runs; a run pays the
-- difference. Runs only look at the pairs that changed since they were last settled: a trigger on
-- time_entries queues them in payout_pending, so a run never re-reads two years of history. The
-- per-entry link rows of 0015 (80 000 rows with keys for a run of 20 000 workers, most of the cost
-- of a run) are no longer written; each line keeps the ids of the entries it was settled on.

-- 1. The queue of (worker, work month) pairs whose pay may have changed. `mark` changes on every
-- change, so a run removes only the version it has read: a change that commits while a run is
-- busy keeps its row and is settled by the next run. No foreign keys: it is a work queue written
-- inside the time-entry transactions, and a row for a pair without entries settles to nothing.
CREATE SEQUENCE payout_pending_mark_seq;
CREATE TABLE payout_pending (
  tenant_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  work_month date NOT NULL,
  mark bigint NOT NULL DEFAULT nextval('payout_pending_mark_seq'),
  PRIMARY KEY (tenant_id, worker_id, work_month)
);
SELECT app_enable_tenant_rls('payout_pending');

-- app_payout_mark: packages/db/sql/functions/app_payout_mark.sql

-- app_payout_mark_entry: packages/db/sql/functions/app_payout_mark_entry.sql

CREATE TRIGGER time_entries_payout_insert AFTER INSERT ON time_entries FOR EACH ROW
  WHEN (NEW.status = 'confirmed' OR NEW.corrects_entry_id IS NOT NULL)
  EXECUTE FUNCTION app_payout_mark_entry();
CREATE TRIGGER time_entries_payout_update AFTER UPDATE ON time_entries FOR EACH ROW
  WHEN ((OLD.status = 'confirmed' OR NEW.status = 'confirmed' OR OLD.corrects_entry_id IS NOT NULL OR NEW.corrects_entry_id IS NOT NULL)
    AND (OLD.status, OLD.worker_id, OLD.work_date, OLD.minutes, OLD.vouchers, OLD.travel_tenths_km, OLD.corrects_entry_id)
        IS DISTINCT FROM (NEW.status, NEW.worker_id, NEW.work_date, NEW.minutes, NEW.vouchers, NEW.travel_tenths_km, NEW.corrects_entry_id))
  EXECUTE FUNCTION app_payout_mark_entry();
CREATE TRIGGER time_entries_payout_delete AFTER DELETE ON time_entries FOR EACH ROW
  WHEN (OLD.status = 'confirmed' OR OLD.corrects_entry_id IS NOT NULL)
  EXECUTE FUNCTION app_payout_mark_entry();

-- Entries replaced by a live correction are not due. Only live corrections are indexed: almost
-- no entry is one, so writing an ordinary entry does not touch this index.
CREATE INDEX time_entries_live_correction_idx ON time_entries (tenant_id, corrects_entry_id)
  WHERE corrects_entry_id IS NOT NULL AND status <> 'cancelled';

-- 2. Lines settle a (worker, work month), or carry a negative remainder forward.
ALTER TABLE payout_lines
  ADD COLUMN work_month date,
  ADD COLUMN settlement_no integer,
  ADD COLUMN hourly_cents integer,
  ADD COLUMN carried_from_run_id uuid,
  ADD COLUMN entry_ids uuid[];
ALTER TABLE payout_lines DROP CONSTRAINT payout_lines_kind_check;
ALTER TABLE payout_lines DROP CONSTRAINT payout_lines_tenant_id_run_id_worker_id_kind_key;

-- Lines written before this migration: drafts are simply recomputed by the next POST; lines of
-- approved runs get their work month from their link rows (an adjustment line that covered
-- several months is split into one line per month, same worker and run, so the run's transfers
-- do not change). Their per-entry detail stays in payout_line_entries, which is no longer written.
DELETE FROM payout_lines l USING payout_runs r WHERE r.tenant_id = l.tenant_id AND r.id = l.run_id AND r.status = 'draft';
UPDATE payout_runs SET line_count = 0, total_cents = 0, generated_at = NULL WHERE status = 'draft';
ALTER TABLE payout_lines DISABLE TRIGGER payout_lines_frozen_update;
CREATE TEMP TABLE legacy_split ON COMMIT DROP AS
  SELECT e.tenant_id, e.line_id, date_trunc('month', te.work_date)::date AS work_month,
         sum(e.direction)::integer AS entry_count, sum(e.minutes)::integer AS minutes, sum(e.vouchers)::integer AS vouchers,
         sum(e.pay_cents)::integer AS pay_cents, sum(e.travel_cents)::integer AS travel_cents,
         row_number() OVER (PARTITION BY e.tenant_id, e.line_id ORDER BY date_trunc('month', te.work_date) DESC) AS part
  FROM payout_line_entries e JOIN time_entries te ON te.tenant_id = e.tenant_id AND te.id = e.time_entry_id
  GROUP BY e.tenant_id, e.line_id, date_trunc('month', te.work_date);
INSERT INTO payout_lines (tenant_id, id, run_id, worker_id, kind, entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents, iban, name, end_to_end_id, work_month)
  SELECT l.tenant_id, gen_random_uuid(), l.run_id, l.worker_id, l.kind, s.entry_count, s.minutes, s.vouchers, s.pay_cents, s.travel_cents,
         s.pay_cents + s.travel_cents, l.iban, l.name, l.end_to_end_id || '-' || s.part, s.work_month
  FROM legacy_split s JOIN payout_lines l ON l.tenant_id = s.tenant_id AND l.id = s.line_id WHERE s.part > 1;
UPDATE payout_lines l SET work_month = s.work_month, entry_count = s.entry_count, minutes = s.minutes, vouchers = s.vouchers,
       pay_cents = s.pay_cents, travel_cents = s.travel_cents, total_cents = s.pay_cents + s.travel_cents
  FROM legacy_split s WHERE s.tenant_id = l.tenant_id AND s.line_id = l.id AND s.part = 1;
UPDATE payout_lines l SET work_month = (r.month || '-01')::date FROM payout_runs r WHERE r.tenant_id = l.tenant_id AND r.id = l.run_id AND l.work_month IS NULL;
UPDATE payout_lines l SET hourly_cents = r.hourly_cents FROM payout_runs r WHERE r.tenant_id = l.tenant_id AND r.id = l.run_id;
UPDATE payout_lines l SET settlement_no = n.no FROM (
    SELECT l2.tenant_id, l2.id, row_number() OVER (PARTITION BY l2.tenant_id, l2.worker_id, l2.work_month ORDER BY r.month, l2.end_to_end_id)::integer AS no
    FROM payout_lines l2 JOIN payout_runs r ON r.tenant_id = l2.tenant_id AND r.id = l2.run_id
  ) n WHERE n.tenant_id = l.tenant_id AND n.id = l.id;
ALTER TABLE payout_lines ENABLE TRIGGER payout_lines_frozen_update;
-- A split adds lines to an approved run (same total): its line count follows.
ALTER TABLE payout_runs DISABLE TRIGGER payout_runs_forward;
UPDATE payout_runs r SET line_count = n.lines FROM (SELECT tenant_id, run_id, count(*)::integer AS lines FROM payout_lines GROUP BY 1, 2) n
  WHERE n.tenant_id = r.tenant_id AND n.run_id = r.id AND r.line_count <> n.lines;
ALTER TABLE payout_runs ENABLE TRIGGER payout_runs_forward;
-- The legacy link rows belong to frozen lines that are never deleted again: their cascade, which
-- would fire once per deleted draft line, is not needed. The app role may only read them (grants.sql).
ALTER TABLE payout_line_entries DROP CONSTRAINT payout_line_entries_tenant_id_line_id_fkey;

ALTER TABLE payout_lines
  ALTER COLUMN hourly_cents SET NOT NULL,
  ADD CONSTRAINT payout_lines_hourly_check CHECK (hourly_cents >= 0),
  -- regular: the run's own month; adjustment: an earlier month settled again (late entries,
  -- corrections, cancellations); carried: the negative remainder of an earlier run, no month.
  ADD CONSTRAINT payout_lines_kind_check CHECK (kind IN ('regular', 'adjustment', 'carried')),
  ADD CONSTRAINT payout_lines_settles_check CHECK (CASE WHEN kind = 'carried'
    THEN work_month IS NULL AND settlement_no IS NULL AND carried_from_run_id IS NOT NULL AND entry_count = 0 AND minutes = 0 AND vouchers = 0
    ELSE work_month IS NOT NULL AND settlement_no >= 1 AND carried_from_run_id IS NULL END),
  -- One settlement of a worker's month per run.
  ADD CONSTRAINT payout_lines_run_worker_month_key UNIQUE (tenant_id, run_id, worker_id, work_month),
  -- The n-th settlement of a worker's month exists once: two runs that computed from the same
  -- earlier lines cannot both be stored, whatever the code does. Month before worker: it is also
  -- the index a run reads "what was paid" from, one month at a time.
  ADD CONSTRAINT payout_lines_settlement_key UNIQUE (tenant_id, work_month, worker_id, settlement_no);
-- Lines are written only into a draft of the same tenant, for a worker of that tenant: checked
-- once per statement over the inserted rows. This replaces the two per-row foreign keys of 0015,
-- which cost about half as much as writing the lines themselves (each checked row also took a
-- KEY SHARE lock on its worker); the check is stronger too, as no line can be added to an
-- approved run. Runs are never deleted except drafts (app_payout_runs_forward removes their lines
-- first), and a worker with lines has time entries, whose foreign key keeps the worker.
ALTER TABLE payout_lines DROP CONSTRAINT payout_lines_tenant_id_run_id_fkey;
ALTER TABLE payout_lines DROP CONSTRAINT payout_lines_tenant_id_worker_id_fkey;
-- app_payout_lines_inserted: packages/db/sql/functions/app_payout_lines_inserted.sql
CREATE TRIGGER payout_lines_inserted AFTER INSERT ON payout_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_inserted();

-- app_payout_runs_forward: packages/db/sql/functions/app_payout_runs_forward.sql

-- A negative remainder is carried forward once and only once.
CREATE UNIQUE INDEX payout_lines_carried_key ON payout_lines (tenant_id, carried_from_run_id, worker_id) WHERE carried_from_run_id IS NOT NULL;

-- Negative remainders of approved runs, written once when a run is approved (its lines are final
-- then): what the next runs carry forward, without summing earlier runs' lines again.
CREATE TABLE payout_carries (
  tenant_id uuid NOT NULL,
  from_run_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  pay_cents integer NOT NULL,
  travel_cents integer NOT NULL,
  CHECK (pay_cents + travel_cents < 0),
  PRIMARY KEY (tenant_id, from_run_id, worker_id),
  FOREIGN KEY (tenant_id, from_run_id) REFERENCES payout_runs(tenant_id, id)
);
SELECT app_enable_tenant_rls('payout_carries');

-- app_payout_run_approved: packages/db/sql/functions/app_payout_run_approved.sql
CREATE TRIGGER payout_runs_approved AFTER UPDATE OF status ON payout_runs FOR EACH ROW
  WHEN (OLD.status = 'draft' AND NEW.status <> 'draft') EXECUTE FUNCTION app_payout_run_approved();
-- Runs approved before this migration: their remainders were never carried (0015 left that open).
INSERT INTO payout_carries (tenant_id, from_run_id, worker_id, pay_cents, travel_cents)
  SELECT l.tenant_id, l.run_id, l.worker_id, sum(l.pay_cents), sum(l.travel_cents)
  FROM payout_lines l JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id AND r.status <> 'draft'
  GROUP BY l.tenant_id, l.run_id, l.worker_id HAVING sum(l.total_cents) < 0;

-- app_payout_mark_all: packages/db/sql/functions/app_payout_mark_all.sql

-- app_payout_generate: packages/db/sql/functions/app_payout_generate.sql

-- Everything confirmed before this migration: queue it once, so the next run settles it against
-- the lines above (months that were paid in full settle to nothing).
INSERT INTO payout_pending (tenant_id, worker_id, work_month)
  SELECT DISTINCT te.tenant_id, te.worker_id, date_trunc('month', te.work_date)::date FROM time_entries te
  WHERE te.status = 'confirmed' OR te.corrects_entry_id IS NOT NULL
  UNION
  SELECT l.tenant_id, l.worker_id, l.work_month FROM payout_lines l WHERE l.work_month IS NOT NULL
  ON CONFLICT DO NOTHING;
