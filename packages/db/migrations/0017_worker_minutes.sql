-- Precomputed per-worker figures for the hot paths (issues "Jobs, explainable matching and
-- cap-safe assignments" and "Hours and vouchers"): the caps check on every assignment and time
-- entry, and the matching pre-filter, read one small row per worker instead of summing a year of
-- time entries and probing four registry tables per candidate. The normalised tables stay the
-- source of truth; triggers keep these copies in the same transaction, and
-- app_worker_minutes_drift() / app_worker_profile_drift() recompute them from scratch (tests).

-- ---------------------------------------------------------------------------------------------
-- Minutes per worker and Europe/Brussels calendar month (RULES §1 caps), with exactly the meaning
-- of app_worker_minutes (0003, dropped in 0029; the rule is the domain's minutesHeld): worked = time entries not cancelled, by work_date; planned = live
-- assignments (proposed, accepted) without a live time entry, by the Brussels month of starts_at.
-- One row per worker and year, element [1] = January … [12] = December: a caps check or a
-- matching candidate reads one tuple for both its month and its year.
CREATE TABLE worker_year_minutes (
  tenant_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  year integer NOT NULL,
  worked_minutes integer[] NOT NULL DEFAULT array_fill(0, ARRAY[12]),
  planned_minutes integer[] NOT NULL DEFAULT array_fill(0, ARRAY[12]),
  PRIMARY KEY (tenant_id, worker_id, year),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id) ON DELETE CASCADE,
  CHECK (cardinality(worked_minutes) = 12 AND cardinality(planned_minutes) = 12 AND 0 <= ALL (worked_minutes) AND 0 <= ALL (planned_minutes))
) WITH (fillfactor = 80); -- room for in-place (HOT) updates: every entry and assignment rewrites its row
SELECT app_enable_tenant_rls('worker_year_minutes');

-- app_brussels_month: packages/db/sql/functions/app_brussels_month.sql

-- app_worker_minutes_add: packages/db/sql/functions/app_worker_minutes_add.sql

-- app_worker_minutes_entry_delta: packages/db/sql/functions/app_worker_minutes_entry_delta.sql

-- app_worker_minutes_on_entry: packages/db/sql/functions/app_worker_minutes_on_entry.sql
CREATE TRIGGER time_entries_worker_minutes AFTER INSERT OR DELETE OR UPDATE OF status, minutes, work_date, worker_id, assignment_id ON time_entries
  FOR EACH ROW EXECUTE FUNCTION app_worker_minutes_on_entry();

-- app_worker_minutes_on_assignment: packages/db/sql/functions/app_worker_minutes_on_assignment.sql
CREATE TRIGGER assignments_worker_minutes AFTER INSERT OR DELETE OR UPDATE OF status, starts_at, ends_at, worker_id ON assignments
  FOR EACH ROW EXECUTE FUNCTION app_worker_minutes_on_assignment();

-- app_worker_minutes_computed: packages/db/sql/functions/app_worker_minutes_computed.sql

-- app_worker_minutes_stored: packages/db/sql/functions/app_worker_minutes_stored.sql

-- app_worker_minutes_drift: packages/db/sql/functions/app_worker_minutes_drift.sql

-- app_worker_minutes_rebuild: packages/db/sql/functions/app_worker_minutes_rebuild.sql

-- app_worker_month_year_minutes: packages/db/sql/functions/app_worker_month_year_minutes.sql

-- Existing databases: fill the copy for every tenant.
SELECT app_worker_minutes_rebuild(t.id) FROM tenants t;

-- ---------------------------------------------------------------------------------------------
-- The matching profile of a worker, on the workers row the pre-filter already reads: weekly
-- availability as minutes since Monday 00:00, agreement periods, skills and preferred activities.
ALTER TABLE workers
  ADD COLUMN match_availability int4multirange NOT NULL DEFAULT '{}',
  ADD COLUMN match_agreements datemultirange NOT NULL DEFAULT '{}',
  ADD COLUMN match_skill_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN match_activity_codes text[] NOT NULL DEFAULT '{}';

-- app_worker_profile_computed: packages/db/sql/functions/app_worker_profile_computed.sql

-- app_worker_profile_refresh: packages/db/sql/functions/app_worker_profile_refresh.sql

-- app_worker_profile_on_change: packages/db/sql/functions/app_worker_profile_on_change.sql
-- Transition tables need one trigger per event; INSERT has no old rows, DELETE no new ones.
CREATE OR REPLACE FUNCTION app_worker_profile_triggers(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %1$s_profile_ins AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_worker_profile_on_insert()', tbl);
  EXECUTE format('CREATE TRIGGER %1$s_profile_upd AFTER UPDATE ON %1$s REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_worker_profile_on_change()', tbl);
  EXECUTE format('CREATE TRIGGER %1$s_profile_del AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_worker_profile_on_delete()', tbl);
END $$;
-- app_worker_profile_on_insert: packages/db/sql/functions/app_worker_profile_on_insert.sql
-- app_worker_profile_on_delete: packages/db/sql/functions/app_worker_profile_on_delete.sql
SELECT app_worker_profile_triggers('worker_availability');
SELECT app_worker_profile_triggers('worker_agreements');
SELECT app_worker_profile_triggers('worker_skills');
SELECT app_worker_profile_triggers('worker_activities');
DROP FUNCTION app_worker_profile_triggers(regclass);

-- app_worker_profile_drift: packages/db/sql/functions/app_worker_profile_drift.sql

SELECT app_worker_profile_refresh(t.id, NULL) FROM tenants t;

-- 0012's time_entries_assignment_idx is the same index as 0014's unique time_entries_live_assignment_uq.
DROP INDEX IF EXISTS time_entries_assignment_idx;
