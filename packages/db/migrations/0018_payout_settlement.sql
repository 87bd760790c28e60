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

CREATE OR REPLACE FUNCTION app_payout_mark(p_tenant uuid, p_worker uuid, p_date date) RETURNS void LANGUAGE sql AS $$
  INSERT INTO payout_pending AS p (tenant_id, worker_id, work_month)
  VALUES (p_tenant, p_worker, date_trunc('month', p_date)::date)
  ON CONFLICT (tenant_id, worker_id, work_month) DO UPDATE SET mark = EXCLUDED.mark
$$;

-- Row-level with WHEN clauses (below), so entering hours (status 'submitted', no correction)
-- costs nothing; confirming, cancelling or correcting an entry queues its worker's month, and a
-- correction also queues the month of the entry it replaces (it is no longer due once replaced).
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
CREATE TRIGGER payout_lines_inserted AFTER INSERT ON payout_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_inserted();

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

CREATE OR REPLACE FUNCTION app_payout_run_approved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO payout_carries (tenant_id, from_run_id, worker_id, pay_cents, travel_cents)
  SELECT l.tenant_id, l.run_id, l.worker_id, sum(l.pay_cents), sum(l.travel_cents)
  FROM payout_lines l WHERE l.tenant_id = NEW.tenant_id AND l.run_id = NEW.id
  GROUP BY l.tenant_id, l.run_id, l.worker_id HAVING sum(l.total_cents) < 0;
  RETURN NULL;
END $$;
CREATE TRIGGER payout_runs_approved AFTER UPDATE OF status ON payout_runs FOR EACH ROW
  WHEN (OLD.status = 'draft' AND NEW.status <> 'draft') EXECUTE FUNCTION app_payout_run_approved();
-- Runs approved before this migration: their remainders were never carried (0015 left that open).
INSERT INTO payout_carries (tenant_id, from_run_id, worker_id, pay_cents, travel_cents)
  SELECT l.tenant_id, l.run_id, l.worker_id, sum(l.pay_cents), sum(l.travel_cents)
  FROM payout_lines l JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id AND r.status <> 'draft'
  GROUP BY l.tenant_id, l.run_id, l.worker_id HAVING sum(l.total_cents) < 0;

-- Bulk loads that skip triggers (session_replication_role = replica, as the Flanders-scale seed
-- does) call this once for the tenant they loaded: it queues every month that has entries or lines.
CREATE OR REPLACE FUNCTION app_payout_mark_all(p_tenant uuid) RETURNS integer LANGUAGE sql AS $$
  WITH pairs AS (
    SELECT te.worker_id, date_trunc('month', te.work_date)::date AS work_month FROM time_entries te
    WHERE te.tenant_id = p_tenant AND (te.status = 'confirmed' OR te.corrects_entry_id IS NOT NULL)
    UNION
    SELECT l.worker_id, l.work_month FROM payout_lines l WHERE l.tenant_id = p_tenant AND l.work_month IS NOT NULL
  ), ins AS (
    INSERT INTO payout_pending AS p (tenant_id, worker_id, work_month) SELECT p_tenant, worker_id, work_month FROM pairs
    ON CONFLICT (tenant_id, worker_id, work_month) DO UPDATE SET mark = EXCLUDED.mark
    RETURNING 1
  )
  SELECT count(*)::integer FROM ins
$$;

-- 3. Generation. Runs of one tenant are generated one at a time (advisory lock), each statement
-- in READ COMMITTED so it sees every run committed before the lock was granted.
CREATE OR REPLACE FUNCTION app_payout_generate(p_run uuid) RETURNS TABLE (line_count integer, total_cents bigint)
-- Custom plans only: after five calls on one connection PL/pgSQL may switch to a generic plan,
-- which guesses 10 pairs instead of 20 000 and rescans a month's entries once per pair (measured:
-- 0.35 s → 230 s). Planning each call costs a few milliseconds. No JIT: the cost estimates of
-- these CTEs pass jit_optimize_above_cost, and compiling took 0.9 s for a run that executes in
-- 25 ms (2 000 workers).
LANGUAGE plpgsql SET work_mem = '64MB' SET plan_cache_mode = force_custom_plan SET jit = off SET enable_nestloop = on AS $$
#variable_conflict use_column
DECLARE
  v_tenant uuid := app_current_tenant();
  v_run payout_runs%ROWTYPE;
  v_month date;
  v_locked text;
  v_missing date;
  v_workers uuid[];
  v_months date[];
  v_marks bigint[];
  v_distinct_months date[];
  v_count integer;
  v_total bigint;
BEGIN
  IF v_tenant IS NULL THEN RAISE EXCEPTION 'app_payout_generate needs a tenant'; END IF;
  -- A snapshot older than the lock would not see the lines of the run generated just before.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'app_payout_generate runs in READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('payout-runs'), hashtext(v_tenant::text));
  SELECT * INTO v_run FROM payout_runs r WHERE r.tenant_id = v_tenant AND r.id = p_run FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'payout run % not found', p_run USING ERRCODE = 'no_data_found'; END IF;
  IF v_run.status <> 'draft' THEN RAISE EXCEPTION 'payout run % is %', p_run, v_run.status USING ERRCODE = 'check_violation'; END IF;
  SELECT r.month INTO v_locked FROM payout_runs r WHERE r.tenant_id = v_tenant AND r.month >= v_run.month AND r.status <> 'draft' ORDER BY r.month DESC LIMIT 1;
  IF v_locked IS NOT NULL THEN
    RAISE EXCEPTION 'month % is locked by the approved run of %', v_run.month, v_locked USING ERRCODE = 'WW409', HINT = v_locked;
  END IF;
  v_month := (v_run.month || '-01')::date;

  -- Which pairs to settle: those queued up to this month, and those this draft settled before
  -- (a refresh recomputes them). The marks read here are the versions removed at the end.
  WITH old AS (
    DELETE FROM payout_lines l WHERE l.tenant_id = v_tenant AND l.run_id = p_run RETURNING l.worker_id, l.work_month
  ), pending AS (
    SELECT p.worker_id, p.work_month, p.mark FROM payout_pending p WHERE p.tenant_id = v_tenant AND p.work_month <= v_month
  ), pairs AS (
    SELECT COALESCE(p.worker_id, o.worker_id) AS worker_id, COALESCE(p.work_month, o.work_month) AS work_month, p.mark
    FROM pending p FULL JOIN (SELECT DISTINCT o.worker_id, o.work_month FROM old o WHERE o.work_month IS NOT NULL) o
      ON o.worker_id = p.worker_id AND o.work_month = p.work_month
  )
  SELECT array_agg(worker_id), array_agg(work_month), array_agg(mark) INTO v_workers, v_months, v_marks FROM pairs;
  -- A constant for the planner below (an ARRAY(subquery) there made it scan every tenant's lines).
  SELECT COALESCE(array_agg(DISTINCT m), '{}') INTO v_distinct_months FROM unnest(v_months) m;

  -- Only months whose year has no travel rate need a look at their entries (normally none).
  IF EXISTS (SELECT 1 FROM unnest(v_distinct_months) m WHERE NOT EXISTS (SELECT 1 FROM travel_rates tr WHERE tr.year = extract(year FROM m)::integer)) THEN
    SELECT min(te.work_date) INTO v_missing
    FROM unnest(v_workers, v_months) c(worker_id, work_month)
    JOIN time_entries te ON te.tenant_id = v_tenant AND te.worker_id = c.worker_id
      AND te.work_date >= c.work_month AND te.work_date < (c.work_month + interval '1 month')::date
    WHERE NOT EXISTS (SELECT 1 FROM travel_rates tr WHERE tr.year = extract(year FROM c.work_month)::integer)
      AND te.status = 'confirmed' AND te.travel_tenths_km > 100;
    IF v_missing IS NOT NULL THEN
      RAISE EXCEPTION 'no travel rate for year of %', v_missing USING ERRCODE = 'no_data_found';
    END IF;
  END IF;

  -- Joins of thousands of pairs: hash joins only. With statistics that do not know this tenant
  -- yet (a new tenant looks empty until the next ANALYZE) the planner chose per-pair index scans
  -- on the wrong index, 52 s instead of 0.4 s. The per-month scans above stay nested (LATERAL).
  PERFORM set_config('enable_nestloop', 'off', true);
  -- Due per pair: pay = vouchers (one per started hour, RULES §2) × the hourly amount of the
  -- month's first settlement (this run's snapshot for a month never paid before), so a later
  -- change of the setting never re-prices a month that was paid; travel per entry = round trip ×
  -- the rate of the entry's year, only above 10 km, half-up to cents (domain travelAllowanceCents).
  WITH pairs AS (
    SELECT * FROM unnest(v_workers, v_months) c(worker_id, work_month)
  ), months AS (
    -- A month with many pairs (the run's own month) is read with one index range scan; the few
    -- pairs of an older month (late entries, corrections) by worker within that month.
    SELECT c.work_month, count(*) >= 500 AS dense, array_agg(c.worker_id) AS workers FROM pairs c GROUP BY c.work_month
  ), month_entries AS (
    -- One scan per month (OFFSET 0 keeps it so), never one over all history or one per pair.
    SELECT m.work_month, te.* FROM months m
    JOIN LATERAL (
      SELECT te.id, te.worker_id, te.work_date, te.minutes, te.vouchers, te.travel_tenths_km FROM time_entries te
      WHERE te.tenant_id = v_tenant AND te.status = 'confirmed' AND te.work_date >= m.work_month AND te.work_date < (m.work_month + interval '1 month')::date
      OFFSET 0
    ) te ON true
    WHERE m.dense
    UNION ALL
    SELECT m.work_month, te.* FROM months m
    JOIN LATERAL (
      SELECT te.id, te.worker_id, te.work_date, te.minutes, te.vouchers, te.travel_tenths_km FROM time_entries te
      WHERE te.tenant_id = v_tenant AND te.worker_id = ANY (m.workers) AND te.work_date >= m.work_month AND te.work_date < (m.work_month + interval '1 month')::date
        AND te.status = 'confirmed'
      OFFSET 0
    ) te ON true
    WHERE NOT m.dense
  ), due AS (
    -- Summed per worker and month before meeting the pairs: a month's entries are hashed once,
    -- not sorted; a worker of a dense month whose pair is not queued is dropped by the join below.
    SELECT e.worker_id, e.work_month, count(*)::integer AS entry_count, sum(e.minutes)::integer AS minutes, sum(e.vouchers)::integer AS vouchers,
           sum(CASE WHEN e.travel_tenths_km <= 100 THEN 0 ELSE (e.travel_tenths_km * tr.cents_per_100km + 500) / 1000 END)::integer AS travel_cents,
           array_agg(e.id) AS entry_ids
    FROM month_entries e
    LEFT JOIN travel_rates tr ON tr.year = extract(year FROM e.work_date)::integer
    WHERE NOT EXISTS (SELECT 1 FROM time_entries k WHERE k.tenant_id = v_tenant AND k.corrects_entry_id = e.id AND k.status <> 'cancelled')
    GROUP BY e.worker_id, e.work_month
  ), paid AS (
    -- What other runs paid for these months (payout_lines_settlement_key, month first).
    SELECT l.worker_id, l.work_month, sum(l.entry_count)::integer AS entry_count, sum(l.minutes)::integer AS minutes, sum(l.vouchers)::integer AS vouchers,
           sum(l.pay_cents)::integer AS pay_cents, sum(l.travel_cents)::integer AS travel_cents, max(l.settlement_no) AS last_no, min(l.hourly_cents) AS hourly_cents
    FROM payout_lines l
    WHERE l.tenant_id = v_tenant AND l.work_month = ANY (v_distinct_months) AND l.run_id <> p_run
    GROUP BY l.worker_id, l.work_month
  ), delta AS (
    SELECT c.worker_id, c.work_month, COALESCE(p.hourly_cents, v_run.hourly_cents) AS hourly_cents, COALESCE(p.last_no, 0) + 1 AS settlement_no,
           COALESCE(d.entry_count, 0) - COALESCE(p.entry_count, 0) AS entry_count,
           COALESCE(d.minutes, 0) - COALESCE(p.minutes, 0) AS minutes,
           COALESCE(d.vouchers, 0) - COALESCE(p.vouchers, 0) AS vouchers,
           COALESCE(d.vouchers, 0) * COALESCE(p.hourly_cents, v_run.hourly_cents) - COALESCE(p.pay_cents, 0) AS pay_cents,
           COALESCE(d.travel_cents, 0) - COALESCE(p.travel_cents, 0) AS travel_cents,
           COALESCE(d.entry_ids, '{}') AS entry_ids
    FROM pairs c
    LEFT JOIN due d ON d.worker_id = c.worker_id AND d.work_month = c.work_month
    LEFT JOIN paid p ON p.worker_id = c.worker_id AND p.work_month = c.work_month
  ), carry AS (
    -- Negative remainders of approved runs that no other run has carried yet.
    SELECT c.from_run_id AS run_id, c.worker_id, c.pay_cents, c.travel_cents FROM payout_carries c
    WHERE c.tenant_id = v_tenant
      AND NOT EXISTS (SELECT 1 FROM payout_lines k WHERE k.tenant_id = v_tenant AND k.carried_from_run_id = c.from_run_id AND k.worker_id = c.worker_id AND k.run_id <> p_run)
  ), items AS (
    SELECT d.worker_id, CASE WHEN d.work_month = v_month THEN 'regular' ELSE 'adjustment' END AS kind, d.work_month, d.settlement_no, d.hourly_cents,
           NULL::uuid AS carried_from_run_id, d.entry_count, d.minutes, d.vouchers, d.pay_cents, d.travel_cents, d.entry_ids
    FROM delta d WHERE (d.entry_count, d.minutes, d.vouchers, d.pay_cents, d.travel_cents) <> (0, 0, 0, 0, 0)
    UNION ALL
    SELECT c.worker_id, 'carried', NULL, NULL, v_run.hourly_cents, c.run_id, 0, 0, 0, c.pay_cents, c.travel_cents, NULL
    FROM carry c
  ), ins AS (
    INSERT INTO payout_lines (tenant_id, id, run_id, worker_id, kind, work_month, settlement_no, hourly_cents, carried_from_run_id,
                              entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents, iban, name, end_to_end_id, entry_ids)
    SELECT v_tenant, gen_random_uuid(), p_run, i.worker_id, i.kind, i.work_month, i.settlement_no, i.hourly_cents, i.carried_from_run_id,
           i.entry_count, i.minutes, i.vouchers, i.pay_cents, i.travel_cents, i.pay_cents + i.travel_cents, w.iban, w.first_name || ' ' || w.last_name,
           -- A worker's lines are numbered together, the regular line (latest month) first: the SEPA transfer uses it.
           'WW-' || v_run.month || '-' || lpad((row_number() OVER (ORDER BY w.last_name, w.first_name, i.worker_id, i.work_month DESC NULLS LAST, i.carried_from_run_id))::text, 7, '0'),
           i.entry_ids
    FROM items i JOIN workers w ON w.tenant_id = v_tenant AND w.id = i.worker_id
    RETURNING payout_lines.total_cents
  )
  SELECT count(*)::integer, COALESCE(sum(ins.total_cents), 0)::bigint INTO v_count, v_total FROM ins;
  PERFORM set_config('enable_nestloop', 'on', true);

  -- The pairs are settled: remove the queue rows read above, unless they changed since. A row that
  -- a time-entry transaction is changing right now is locked: skip it rather than wait (and never
  -- deadlock with it); it stays queued and the next run settles it again.
  -- (By ctid of the rows locked here: a locked row cannot move, and an IN (… FOR UPDATE) subquery
  -- is re-run per queue row under row-level security: 30 s instead of 10 ms for 40 000 rows.)
  WITH settled AS (
    SELECT q.ctid AS row_id FROM payout_pending q
    JOIN unnest(v_workers, v_months, v_marks) c(worker_id, work_month, mark) ON q.worker_id = c.worker_id AND q.work_month = c.work_month AND q.mark = c.mark
    WHERE q.tenant_id = v_tenant
    FOR UPDATE OF q SKIP LOCKED
  )
  DELETE FROM payout_pending p USING settled s WHERE p.ctid = s.row_id;

  UPDATE payout_runs r SET line_count = v_count, total_cents = v_total, generated_at = now() WHERE r.tenant_id = v_tenant AND r.id = p_run;
  RETURN QUERY SELECT v_count, v_total;
END $$;

-- Everything confirmed before this migration: queue it once, so the next run settles it against
-- the lines above (months that were paid in full settle to nothing).
INSERT INTO payout_pending (tenant_id, worker_id, work_month)
  SELECT DISTINCT te.tenant_id, te.worker_id, date_trunc('month', te.work_date)::date FROM time_entries te
  WHERE te.status = 'confirmed' OR te.corrects_entry_id IS NOT NULL
  UNION
  SELECT l.tenant_id, l.worker_id, l.work_month FROM payout_lines l WHERE l.work_month IS NOT NULL
  ON CONFLICT DO NOTHING;
