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

-- app_payout_lines_frozen: packages/db/sql/functions/app_payout_lines_frozen.sql
CREATE TRIGGER payout_lines_frozen_update AFTER UPDATE ON payout_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();
CREATE TRIGGER payout_lines_frozen_delete AFTER DELETE ON payout_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();
CREATE TRIGGER payout_line_entries_frozen_update AFTER UPDATE ON payout_line_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();
CREATE TRIGGER payout_line_entries_frozen_delete AFTER DELETE ON payout_line_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_payout_lines_frozen();

-- app_payout_runs_forward: packages/db/sql/functions/app_payout_runs_forward.sql
CREATE TRIGGER payout_runs_forward BEFORE UPDATE OR DELETE ON payout_runs FOR EACH ROW EXECUTE FUNCTION app_payout_runs_forward();

-- app_payout_generate: packages/db/sql/functions/app_payout_generate.sql
