-- Issue 20, "scope by area": a consultant can be limited to municipalities and/or wijken
-- (neighbourhoods). Lists, search, matching and reports then show only their area, enforced here
-- by row-level security, next to (never instead of) the tenant isolation of 0001.
--
-- The area of a staff member is the union of
--   * every neighbourhood of the municipalities in staff_area_municipalities, and
--   * the neighbourhoods in staff_area_neighbourhoods.
-- No rows in either table = the whole organisation. Admins and finance are never limited (the
-- area of a staff member counts only while their role is consultant).
--
-- The request's transaction binds the area once: app_use_staff_area(tenant, staff)
-- (sql/functions/app_use_staff_area.sql) sets app.tenant_id as set_config does and app.area to the
-- expanded neighbourhood ids ('{…}', a uuid[] literal) — or to '' when the staff member has no
-- area. app_area() reads it back: NULL = not limited.
--
-- What "in the area" means, per table (every policy below is RESTRICTIVE and FOR SELECT, so it
-- narrows what the tenant policy allows, and UPDATE/DELETE only find rows a SELECT would find):
--   workers       the worker's home neighbourhood (workers.neighbourhood_id) is in the area
--   clients       the client's address neighbourhood (clients.neighbourhood_id) is in the area
--   jobs          the job's neighbourhood (jobs.neighbourhood_id, the client's address copied at
--                 creation, 0003) is in the area
--   assignments   its job is in the area
--   time_entries  its assignment is (so its job is) in the area
--   voucher_orders  its client is in the area
--   appointments  its client or its worker is in the area; an appointment for neither (a walk-in
--                 by name only) when its office hours' neighbourhood is in the area
-- Registry tables that hang from a worker or client (agreements, availability, skills, …) are
-- only reached through their worker or client, whose route answers 404 outside the area.
--
-- Cost when no area is set: app_area() sits in an uncorrelated sub-select, so PostgreSQL computes
-- it once per statement (an InitPlan) and the OR short-circuits on every row; the tenant index
-- conditions are unchanged (docs/AREA-SCOPE.md has the EXPLAIN of the matches query).

CREATE TABLE staff_area_municipalities (
  tenant_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, staff_id, municipality_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, municipality_id) REFERENCES municipalities(tenant_id, id)
);
SELECT app_enable_tenant_rls('staff_area_municipalities');

CREATE TABLE staff_area_neighbourhoods (
  tenant_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  neighbourhood_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, staff_id, neighbourhood_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods(tenant_id, id)
);
SELECT app_enable_tenant_rls('staff_area_neighbourhoods');

CREATE POLICY area_scope ON workers AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_area()) IS NULL OR neighbourhood_id = ANY ((SELECT app_area())::uuid[]));
CREATE POLICY area_scope ON clients AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_area()) IS NULL OR neighbourhood_id = ANY ((SELECT app_area())::uuid[]));
CREATE POLICY area_scope ON jobs AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_area()) IS NULL OR neighbourhood_id = ANY ((SELECT app_area())::uuid[]));
-- The sub-selects below read jobs, assignments, clients and workers under their own policies.
CREATE POLICY area_scope ON assignments AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_area()) IS NULL OR EXISTS (SELECT 1 FROM jobs j WHERE j.tenant_id = assignments.tenant_id AND j.id = assignments.job_id));
CREATE POLICY area_scope ON time_entries AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_area()) IS NULL OR EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = time_entries.tenant_id AND a.id = time_entries.assignment_id));
CREATE POLICY area_scope ON appointments AS RESTRICTIVE FOR SELECT
  USING (
    (SELECT app_area()) IS NULL
    OR EXISTS (SELECT 1 FROM clients c WHERE c.tenant_id = appointments.tenant_id AND c.id = appointments.client_id)
    OR EXISTS (SELECT 1 FROM workers w WHERE w.tenant_id = appointments.tenant_id AND w.id = appointments.worker_id)
    OR (appointments.client_id IS NULL AND appointments.worker_id IS NULL AND EXISTS (
      SELECT 1 FROM office_hours o WHERE o.tenant_id = appointments.tenant_id AND o.id = appointments.office_hours_id
        AND o.neighbourhood_id = ANY ((SELECT app_area())::uuid[])))
  );
CREATE POLICY area_scope ON voucher_orders AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_area()) IS NULL OR EXISTS (SELECT 1 FROM clients c WHERE c.tenant_id = voucher_orders.tenant_id AND c.id = voucher_orders.client_id));
