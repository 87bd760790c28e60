-- app_area() RETURNS uuid[]
-- Issue 20, scope by area: the neighbourhoods the current transaction is limited to, bound by
-- app_use_staff_area; NULL when it is not limited (unscoped staff, admins, finance, clients,
-- workers, sweeps). An empty array = an area without neighbourhoods: nothing is visible.
-- Read by the area_scope policies of migrations/0062_staff_area_scope.sql.
CREATE OR REPLACE FUNCTION app_area() RETURNS uuid[]
  LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.area', true), '')::uuid[] $$;
