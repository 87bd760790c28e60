-- Monthly payouts (RULES.md §2): runs, lines per worker, and the link from every paid time entry
-- to the line that paid it. The database itself guarantees that no time entry is ever paid twice.

-- RULES §2 travel rate in cents per 100 km by calendar year, generated from the domain function
-- travelRatePer100Km (packages/domain/src/money/travel.ts) so runs can price entries set-based in SQL.
-- A test compares every row with the domain function; add years here before 2035 ends.
CREATE TABLE travel_rates (
  year integer PRIMARY KEY,
  cents_per_100km integer NOT NULL CHECK (cents_per_100km >= 0)
);
INSERT INTO travel_rates (year, cents_per_100km) VALUES
  (2017, 1500), (2018, 1500), (2019, 1500), (2020, 1500), (2021, 1500), (2022, 1500), (2023, 1500), (2024, 1700), (2025, 1734),
  (2026, 1769), (2027, 1804), (2028, 1840), (2029, 1877), (2030, 1914), (2031, 1953), (2032, 1992), (2033, 2032), (2034, 2072), (2035, 2114);

-- The organisation's own bank account: the debtor of its SEPA payout files.
CREATE TABLE organisation_accounts (
  tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
  name text NOT NULL,
  iban text NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$'),
  bic text CHECK (bic IS NULL OR bic ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT app_enable_tenant_rls('organisation_accounts');

-- One run per month and tenant: a second start for the same month refreshes the draft instead of
-- creating a rival run; once approved the month is locked for good.
CREATE TABLE payout_runs (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'exported')),
  line_count integer NOT NULL DEFAULT 0,
  total_cents bigint NOT NULL DEFAULT 0,
  -- Snapshots: a later change to settings or to the bank account never changes a run.
  hourly_cents integer NOT NULL CHECK (hourly_cents >= 0),
  debtor_name text NOT NULL,
  debtor_iban text NOT NULL,
  debtor_bic text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  generated_at timestamptz,
  approved_at timestamptz,
  approved_by text,
  exported_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, month),
  CHECK ((status = 'draft') = (approved_at IS NULL)),
  CHECK (status <> 'exported' OR exported_at IS NOT NULL)
);
SELECT app_enable_tenant_rls('payout_runs');

CREATE TABLE payout_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  run_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  -- regular: work of the run's month; adjustment: late entries of earlier months and reversals.
  kind text NOT NULL CHECK (kind IN ('regular', 'adjustment')),
  entry_count integer NOT NULL,
  minutes integer NOT NULL,
  vouchers integer NOT NULL,
  pay_cents integer NOT NULL,
  travel_cents integer NOT NULL,
  total_cents integer NOT NULL CHECK (total_cents = pay_cents + travel_cents),
  iban text NOT NULL,
  name text NOT NULL,
  end_to_end_id text NOT NULL CHECK (end_to_end_id ~ '^[A-Za-z0-9-]{1,35}$'),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, run_id, worker_id, kind),
  UNIQUE (tenant_id, end_to_end_id),
  FOREIGN KEY (tenant_id, run_id) REFERENCES payout_runs(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id)
);
CREATE INDEX payout_lines_run_idx ON payout_lines (tenant_id, run_id, end_to_end_id);
SELECT app_enable_tenant_rls('payout_lines');

-- direction 1 = the entry is paid, -1 = an earlier payment of it is taken back (cancelled or
-- corrected after it was paid). The primary key allows each at most once: never paid twice.
CREATE TABLE payout_line_entries (
  tenant_id uuid NOT NULL,
  time_entry_id uuid NOT NULL,
  direction smallint NOT NULL CHECK (direction IN (1, -1)),
  line_id uuid NOT NULL,
  minutes integer NOT NULL,
  vouchers integer NOT NULL,
  pay_cents integer NOT NULL,
  travel_cents integer NOT NULL,
  PRIMARY KEY (tenant_id, time_entry_id, direction),
  FOREIGN KEY (tenant_id, line_id) REFERENCES payout_lines(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, time_entry_id) REFERENCES time_entries(tenant_id, id)
);
CREATE INDEX payout_line_entries_line_idx ON payout_line_entries (tenant_id, line_id);
SELECT app_enable_tenant_rls('payout_line_entries');

-- History is never edited: lines of an approved or exported run are frozen, and a run only moves forward.
-- Statement-level with transition tables: refreshing a draft deletes 100 000 rows in one go, and a
-- per-row check would cost more than the refresh itself.
CREATE OR REPLACE FUNCTION app_payout_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_run uuid; v_status text;
BEGIN
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
CREATE TRIGGER payout_lines_frozen_update AFTER UPDATE ON payout_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();
CREATE TRIGGER payout_lines_frozen_delete AFTER DELETE ON payout_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();
CREATE TRIGGER payout_line_entries_frozen_update AFTER UPDATE ON payout_line_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();
CREATE TRIGGER payout_line_entries_frozen_delete AFTER DELETE ON payout_line_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();

CREATE OR REPLACE FUNCTION app_payout_runs_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'payout run % is % and cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation'; END IF;
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
CREATE TRIGGER payout_runs_forward BEFORE UPDATE OR DELETE ON payout_runs FOR EACH ROW EXECUTE FUNCTION app_payout_runs_forward();

-- (Re)generates the lines of a draft run, set-based. Pays every confirmed, not yet paid entry with
-- work_date up to the run's month end (entries of earlier months become adjustment lines), and takes
-- back payments of approved runs whose entry was cancelled or replaced by a correction since.
-- Pay per entry = vouchers (one per started hour, RULES §2) × the run's hourly snapshot; travel per
-- entry = round trip × the rate of the entry's year, only above 10 km, half-up to cents, as the
-- domain's travelAllowanceCents. Runs of one tenant are generated one at a time (advisory lock),
-- so two runs started at once cannot both claim an entry; the primary key of
-- payout_line_entries would refuse it anyway.
CREATE OR REPLACE FUNCTION app_payout_generate(p_run uuid) RETURNS TABLE (line_count integer, total_cents bigint)
-- Grouping 100 000 entries spills to disk with the default 4 MB.
LANGUAGE plpgsql SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE
  v_tenant uuid := app_current_tenant();
  v_run payout_runs%ROWTYPE;
  v_start date;
  v_end date;
  v_missing date;
BEGIN
  IF v_tenant IS NULL THEN RAISE EXCEPTION 'app_payout_generate needs a tenant'; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('payout-runs'), hashtext(v_tenant::text));
  SELECT * INTO v_run FROM payout_runs r WHERE r.tenant_id = v_tenant AND r.id = p_run FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'payout run % not found', p_run USING ERRCODE = 'no_data_found'; END IF;
  IF v_run.status <> 'draft' THEN RAISE EXCEPTION 'payout run % is %', p_run, v_run.status USING ERRCODE = 'check_violation'; END IF;
  v_start := (v_run.month || '-01')::date;
  v_end := (v_start + interval '1 month - 1 day')::date;

  SELECT min(te.work_date) INTO v_missing FROM time_entries te
    LEFT JOIN travel_rates tr ON tr.year = extract(year FROM te.work_date)::integer
    WHERE te.tenant_id = v_tenant AND te.status = 'confirmed' AND te.work_date <= v_end AND te.travel_tenths_km > 100 AND tr.year IS NULL;
  IF v_missing IS NOT NULL THEN
    RAISE EXCEPTION 'no travel rate for year of %', v_missing USING ERRCODE = 'no_data_found';
  END IF;

  DELETE FROM payout_lines l WHERE l.tenant_id = v_tenant AND l.run_id = p_run;

  WITH superseded AS (
    SELECT DISTINCT c.corrects_entry_id AS id FROM time_entries c
    WHERE c.tenant_id = v_tenant AND c.corrects_entry_id IS NOT NULL AND c.status <> 'cancelled'
  ),
  items AS (
    SELECT te.id AS time_entry_id, te.worker_id, 1::smallint AS direction,
           CASE WHEN te.work_date >= v_start THEN 'regular' ELSE 'adjustment' END AS kind,
           te.minutes, te.vouchers, te.vouchers * v_run.hourly_cents AS pay_cents,
           CASE WHEN te.travel_tenths_km <= 100 THEN 0 ELSE (te.travel_tenths_km * tr.cents_per_100km + 500) / 1000 END AS travel_cents
    FROM time_entries te
    LEFT JOIN travel_rates tr ON tr.year = extract(year FROM te.work_date)::integer
    WHERE te.tenant_id = v_tenant AND te.status = 'confirmed' AND te.work_date <= v_end
      AND NOT EXISTS (SELECT 1 FROM superseded s WHERE s.id = te.id)
      AND NOT EXISTS (SELECT 1 FROM payout_line_entries p WHERE p.tenant_id = v_tenant AND p.time_entry_id = te.id AND p.direction = 1)
    UNION ALL
    SELECT p.time_entry_id, l.worker_id, -1::smallint, 'adjustment', -p.minutes, -p.vouchers, -p.pay_cents, -p.travel_cents
    FROM payout_line_entries p
    JOIN payout_lines l ON l.tenant_id = p.tenant_id AND l.id = p.line_id
    JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id AND r.status <> 'draft'
    JOIN time_entries te ON te.tenant_id = p.tenant_id AND te.id = p.time_entry_id
    WHERE p.tenant_id = v_tenant AND p.direction = 1
      AND (te.status = 'cancelled' OR EXISTS (SELECT 1 FROM superseded s WHERE s.id = te.id))
      AND NOT EXISTS (SELECT 1 FROM payout_line_entries q WHERE q.tenant_id = v_tenant AND q.time_entry_id = p.time_entry_id AND q.direction = -1)
  ),
  lines AS (
    INSERT INTO payout_lines (tenant_id, id, run_id, worker_id, kind, entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents, iban, name, end_to_end_id)
    SELECT v_tenant, gen_random_uuid(), p_run, i.worker_id, i.kind, count(*), sum(i.minutes), sum(i.vouchers), sum(i.pay_cents), sum(i.travel_cents),
           sum(i.pay_cents) + sum(i.travel_cents), w.iban, w.first_name || ' ' || w.last_name,
           'WW-' || v_run.month || '-' || lpad((row_number() OVER (ORDER BY w.last_name, w.first_name, i.worker_id, i.kind))::text, 7, '0')
    FROM items i JOIN workers w ON w.tenant_id = v_tenant AND w.id = i.worker_id
    GROUP BY i.worker_id, i.kind, w.iban, w.first_name, w.last_name
    RETURNING payout_lines.id, payout_lines.worker_id, payout_lines.kind
  )
  INSERT INTO payout_line_entries (tenant_id, time_entry_id, direction, line_id, minutes, vouchers, pay_cents, travel_cents)
  SELECT v_tenant, i.time_entry_id, i.direction, l.id, i.minutes, i.vouchers, i.pay_cents, i.travel_cents
  FROM items i JOIN lines l ON l.worker_id = i.worker_id AND l.kind = i.kind;

  UPDATE payout_runs r SET
    line_count = s.n, total_cents = s.total, generated_at = now()
  FROM (SELECT count(*)::integer AS n, COALESCE(sum(l.total_cents), 0)::bigint AS total FROM payout_lines l WHERE l.tenant_id = v_tenant AND l.run_id = p_run) s
  WHERE r.tenant_id = v_tenant AND r.id = p_run;
  RETURN QUERY SELECT r.line_count, r.total_cents FROM payout_runs r WHERE r.tenant_id = v_tenant AND r.id = p_run;
END $$;
