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

CREATE OR REPLACE FUNCTION app_brussels_month(p_at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('month', p_at AT TIME ZONE 'Europe/Brussels')::date $$;

-- The trigger functions run as the owner (SECURITY DEFINER): the application role may read the
-- copy but never write it, nor call the helpers below (grants.sql), which run as the owner only
-- because the triggers call them. Helpers carry no SECURITY DEFINER of their own: each such call
-- would switch roles and search_path again, on every time entry.
-- Update first: an INSERT … ON CONFLICT would check the CHECK constraint on the proposed row,
-- and a negative delta (a cancellation) is only valid on a row that exists.
CREATE OR REPLACE FUNCTION app_worker_minutes_add(p_tenant uuid, p_worker uuid, p_month date, p_worked integer, p_planned integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_year integer := extract(year FROM p_month)::integer;
  v_m integer := extract(month FROM p_month)::integer;
  v_worked integer[] := array_fill(0, ARRAY[12]);
  v_planned integer[] := array_fill(0, ARRAY[12]);
BEGIN
  UPDATE worker_year_minutes w SET worked_minutes[v_m] = w.worked_minutes[v_m] + p_worked, planned_minutes[v_m] = w.planned_minutes[v_m] + p_planned
   WHERE w.tenant_id = p_tenant AND w.worker_id = p_worker AND w.year = v_year;
  IF NOT FOUND THEN
    v_worked[v_m] := p_worked;
    v_planned[v_m] := p_planned;
    INSERT INTO worker_year_minutes AS w (tenant_id, worker_id, year, worked_minutes, planned_minutes)
    VALUES (p_tenant, p_worker, v_year, v_worked, v_planned)
    ON CONFLICT (tenant_id, worker_id, year) DO UPDATE
      SET worked_minutes[v_m] = w.worked_minutes[v_m] + p_worked, planned_minutes[v_m] = w.planned_minutes[v_m] + p_planned;
  END IF;
END $$;

-- A live entry replaces its assignment's planned minutes (at most one live entry per assignment:
-- time_entries_live_assignment_uq). Both triggers read the other table as it is now, which is
-- right as long as one statement changes only one of the two tables: true for every writer here.
CREATE OR REPLACE FUNCTION app_worker_minutes_entry_delta(p_entry time_entries, p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_month date := date_trunc('month', p_entry.work_date)::date;
  v_a record;
BEGIN
  SELECT a.worker_id, a.minutes, app_brussels_month(a.starts_at) AS month INTO v_a
    FROM assignments a WHERE a.tenant_id = p_entry.tenant_id AND a.id = p_entry.assignment_id AND a.status IN ('proposed', 'accepted');
  IF FOUND AND v_a.worker_id = p_entry.worker_id AND v_a.month = v_month THEN
    PERFORM app_worker_minutes_add(p_entry.tenant_id, p_entry.worker_id, v_month, p_sign * p_entry.minutes, -p_sign * v_a.minutes);
  ELSE
    PERFORM app_worker_minutes_add(p_entry.tenant_id, p_entry.worker_id, v_month, p_sign * p_entry.minutes, 0);
    IF v_a.worker_id IS NOT NULL THEN PERFORM app_worker_minutes_add(p_entry.tenant_id, v_a.worker_id, v_a.month, 0, -p_sign * v_a.minutes); END IF;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION app_worker_minutes_on_entry() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_old_live boolean := TG_OP <> 'INSERT' AND OLD.status <> 'cancelled';
  v_new_live boolean := TG_OP <> 'DELETE' AND NEW.status <> 'cancelled';
  v_m integer;
  v_a record;
BEGIN
  -- The hot path (a worker enters hours): one read of the assignment and one in-place update of
  -- the year row, without the helpers' calls. Anything unusual takes the general path below.
  IF TG_OP = 'INSERT' AND v_new_live THEN
    v_m := extract(month FROM NEW.work_date)::integer;
    SELECT a.worker_id, a.minutes, extract(month FROM a.starts_at AT TIME ZONE 'Europe/Brussels')::integer AS m,
           extract(year FROM a.starts_at AT TIME ZONE 'Europe/Brussels')::integer AS y INTO v_a
      FROM assignments a WHERE a.tenant_id = NEW.tenant_id AND a.id = NEW.assignment_id AND a.status IN ('proposed', 'accepted');
    IF NOT FOUND OR (v_a.worker_id = NEW.worker_id AND v_a.y = extract(year FROM NEW.work_date)) THEN
      UPDATE worker_year_minutes w
         SET worked_minutes[v_m] = w.worked_minutes[v_m] + NEW.minutes,
             planned_minutes[COALESCE(v_a.m, v_m)] = w.planned_minutes[COALESCE(v_a.m, v_m)] - COALESCE(v_a.minutes, 0)
       WHERE w.tenant_id = NEW.tenant_id AND w.worker_id = NEW.worker_id AND w.year = extract(year FROM NEW.work_date)::integer;
      IF FOUND THEN RETURN NULL; END IF;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND v_old_live = v_new_live
     AND (NOT v_new_live OR (OLD.minutes, OLD.work_date, OLD.worker_id, OLD.assignment_id) IS NOT DISTINCT FROM (NEW.minutes, NEW.work_date, NEW.worker_id, NEW.assignment_id)) THEN
    RETURN NULL;
  END IF;
  IF v_old_live THEN PERFORM app_worker_minutes_entry_delta(OLD, -1); END IF;
  IF v_new_live THEN PERFORM app_worker_minutes_entry_delta(NEW, 1); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER time_entries_worker_minutes AFTER INSERT OR DELETE OR UPDATE OF status, minutes, work_date, worker_id, assignment_id ON time_entries
  FOR EACH ROW EXECUTE FUNCTION app_worker_minutes_on_entry();

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
CREATE TRIGGER assignments_worker_minutes AFTER INSERT OR DELETE OR UPDATE OF status, starts_at, ends_at, worker_id ON assignments
  FOR EACH ROW EXECUTE FUNCTION app_worker_minutes_on_assignment();

-- The same figures computed from the source tables, for every worker of a tenant at once.
CREATE OR REPLACE FUNCTION app_worker_minutes_computed(p_tenant uuid)
RETURNS TABLE (worker_id uuid, month date, worked_minutes integer, planned_minutes integer) LANGUAGE sql STABLE AS $$
  SELECT x.worker_id, x.month, sum(x.worked)::integer, sum(x.planned)::integer FROM (
    SELECT te.worker_id, date_trunc('month', te.work_date)::date AS month, te.minutes AS worked, 0 AS planned
      FROM time_entries te WHERE te.tenant_id = p_tenant AND te.status <> 'cancelled'
    UNION ALL
    SELECT a.worker_id, app_brussels_month(a.starts_at), 0, a.minutes
      FROM assignments a WHERE a.tenant_id = p_tenant AND a.status IN ('proposed', 'accepted')
       AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')
  ) x GROUP BY x.worker_id, x.month
$$;

-- The copy, one row per worker and month, as app_worker_minutes_computed returns it.
CREATE OR REPLACE FUNCTION app_worker_minutes_stored(p_tenant uuid)
RETURNS TABLE (worker_id uuid, month date, worked_minutes integer, planned_minutes integer) LANGUAGE sql STABLE AS $$
  SELECT y.worker_id, make_date(y.year, m, 1), y.worked_minutes[m], y.planned_minutes[m]
    FROM worker_year_minutes y, generate_series(1, 12) m
   WHERE y.tenant_id = p_tenant AND (y.worked_minutes[m] <> 0 OR y.planned_minutes[m] <> 0)
$$;

-- Months where the copy and a recomputation disagree (tests assert none).
CREATE OR REPLACE FUNCTION app_worker_minutes_drift(p_tenant uuid)
RETURNS TABLE (worker_id uuid, month date, stored_worked integer, stored_planned integer, computed_worked integer, computed_planned integer) LANGUAGE sql STABLE AS $$
  SELECT COALESCE(s.worker_id, c.worker_id), COALESCE(s.month, c.month),
         COALESCE(s.worked_minutes, 0), COALESCE(s.planned_minutes, 0), COALESCE(c.worked_minutes, 0), COALESCE(c.planned_minutes, 0)
    FROM app_worker_minutes_stored(p_tenant) s
    FULL JOIN (SELECT * FROM app_worker_minutes_computed(p_tenant) WHERE worked_minutes <> 0 OR planned_minutes <> 0) c ON c.worker_id = s.worker_id AND c.month = s.month
   WHERE (COALESCE(s.worked_minutes, 0), COALESCE(s.planned_minutes, 0)) <> (COALESCE(c.worked_minutes, 0), COALESCE(c.planned_minutes, 0))
$$;

-- Set-based (re)build for one tenant: after a bulk load with triggers off (session_replication_role).
CREATE OR REPLACE FUNCTION app_worker_minutes_rebuild(p_tenant uuid) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM worker_year_minutes WHERE tenant_id = p_tenant;
  WITH c AS MATERIALIZED (SELECT * FROM app_worker_minutes_computed(p_tenant))
  INSERT INTO worker_year_minutes (tenant_id, worker_id, year, worked_minutes, planned_minutes)
    SELECT p_tenant, wy.worker_id, wy.year, array_agg(COALESCE(c.worked_minutes, 0) ORDER BY m), array_agg(COALESCE(c.planned_minutes, 0) ORDER BY m)
      FROM (SELECT DISTINCT worker_id, extract(year FROM month)::integer AS year FROM c) wy
      CROSS JOIN generate_series(1, 12) m
      LEFT JOIN c ON c.worker_id = wy.worker_id AND c.month = make_date(wy.year, m, 1)
     GROUP BY wy.worker_id, wy.year;
$$;

-- A worker's minutes in the Brussels month and year of p_date: what every caps check reads.
CREATE OR REPLACE FUNCTION app_worker_month_year_minutes(p_worker uuid, p_date date)
RETURNS TABLE (month_worked integer, month_planned integer, year_worked integer, year_planned integer) LANGUAGE sql STABLE AS $$
  SELECT COALESCE(y.worked_minutes[extract(month FROM p_date)::integer], 0),
         COALESCE(y.planned_minutes[extract(month FROM p_date)::integer], 0),
         COALESCE((SELECT sum(v) FROM unnest(y.worked_minutes) v), 0)::integer,
         COALESCE((SELECT sum(v) FROM unnest(y.planned_minutes) v), 0)::integer
    FROM (SELECT 1) one
    LEFT JOIN worker_year_minutes y ON y.tenant_id = app_current_tenant() AND y.worker_id = p_worker AND y.year = extract(year FROM p_date)::integer
$$;

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

CREATE OR REPLACE FUNCTION app_worker_profile_computed(p_tenant uuid, p_workers uuid[])
RETURNS TABLE (worker_id uuid, availability int4multirange, agreements datemultirange, skill_ids uuid[], activity_codes text[]) LANGUAGE sql STABLE AS $$
  SELECT w.id,
    COALESCE((SELECT range_agg(int4range((av.weekday - 1) * 1440 + (extract(epoch FROM av.from_time) / 60)::integer,
                                         (av.weekday - 1) * 1440 + (extract(epoch FROM av.to_time) / 60)::integer))
                FROM worker_availability av WHERE av.tenant_id = w.tenant_id AND av.worker_id = w.id), '{}'),
    COALESCE((SELECT range_agg(daterange(a.start_date, a.end_date, '[]'))
                FROM worker_agreements a WHERE a.tenant_id = w.tenant_id AND a.worker_id = w.id), '{}'),
    ARRAY(SELECT s.skill_id FROM worker_skills s WHERE s.tenant_id = w.tenant_id AND s.worker_id = w.id ORDER BY s.skill_id),
    ARRAY(SELECT c.activity_code FROM worker_activities c WHERE c.tenant_id = w.tenant_id AND c.worker_id = w.id ORDER BY c.activity_code)
  FROM workers w WHERE w.tenant_id = p_tenant AND (p_workers IS NULL OR w.id = ANY (p_workers))
$$;

CREATE OR REPLACE FUNCTION app_worker_profile_refresh(p_tenant uuid, p_workers uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE workers w SET match_availability = c.availability, match_agreements = c.agreements, match_skill_ids = c.skill_ids, match_activity_codes = c.activity_codes
    FROM app_worker_profile_computed(p_tenant, p_workers) c
   WHERE w.tenant_id = p_tenant AND w.id = c.worker_id
     AND (w.match_availability, w.match_agreements, w.match_skill_ids, w.match_activity_codes) IS DISTINCT FROM (c.availability, c.agreements, c.skill_ids, c.activity_codes)
$$;

-- One trigger function for the four registry tables; statement-level, so a bulk insert of a
-- thousand availability rows refreshes each worker once.
CREATE OR REPLACE FUNCTION app_worker_profile_on_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT x.tenant_id, array_agg(DISTINCT x.worker_id) AS workers FROM (
      SELECT n.tenant_id, n.worker_id FROM new_rows n UNION ALL SELECT o.tenant_id, o.worker_id FROM old_rows o) x
    GROUP BY x.tenant_id
  LOOP
    PERFORM app_worker_profile_refresh(r.tenant_id, r.workers);
  END LOOP;
  RETURN NULL;
END $$;
-- Transition tables need one trigger per event; INSERT has no old rows, DELETE no new ones.
CREATE OR REPLACE FUNCTION app_worker_profile_triggers(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %1$s_profile_ins AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_worker_profile_on_insert()', tbl);
  EXECUTE format('CREATE TRIGGER %1$s_profile_upd AFTER UPDATE ON %1$s REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_worker_profile_on_change()', tbl);
  EXECUTE format('CREATE TRIGGER %1$s_profile_del AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_worker_profile_on_delete()', tbl);
END $$;
CREATE OR REPLACE FUNCTION app_worker_profile_on_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT n.tenant_id, array_agg(DISTINCT n.worker_id) AS workers FROM new_rows n GROUP BY n.tenant_id LOOP
    PERFORM app_worker_profile_refresh(r.tenant_id, r.workers);
  END LOOP;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION app_worker_profile_on_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT o.tenant_id, array_agg(DISTINCT o.worker_id) AS workers FROM old_rows o GROUP BY o.tenant_id LOOP
    PERFORM app_worker_profile_refresh(r.tenant_id, r.workers);
  END LOOP;
  RETURN NULL;
END $$;
SELECT app_worker_profile_triggers('worker_availability');
SELECT app_worker_profile_triggers('worker_agreements');
SELECT app_worker_profile_triggers('worker_skills');
SELECT app_worker_profile_triggers('worker_activities');
DROP FUNCTION app_worker_profile_triggers(regclass);

CREATE OR REPLACE FUNCTION app_worker_profile_drift(p_tenant uuid) RETURNS TABLE (worker_id uuid) LANGUAGE sql STABLE AS $$
  SELECT w.id FROM workers w JOIN app_worker_profile_computed(p_tenant, NULL) c ON c.worker_id = w.id
   WHERE w.tenant_id = p_tenant
     AND (w.match_availability, w.match_agreements, w.match_skill_ids, w.match_activity_codes) IS DISTINCT FROM (c.availability, c.agreements, c.skill_ids, c.activity_codes)
$$;

SELECT app_worker_profile_refresh(t.id, NULL) FROM tenants t;

-- 0012's time_entries_assignment_idx is the same index as 0014's unique time_entries_live_assignment_uq.
DROP INDEX IF EXISTS time_entries_assignment_idx;
