-- app_use_staff_area(p_tenant uuid, p_staff uuid) RETURNS void
-- Issue 20, scope by area: binds this transaction to the tenant (app_use_tenant) and to the area of
-- the acting staff member: app.area = the neighbourhoods of their municipalities and their own
-- neighbourhoods ('{…}', expanded by app_staff_area), or '' when they are not limited (no area
-- rows, or not a consultant: admins and finance are never limited). One call per request, in the
-- statement that binds the tenant.
-- Raises: what app_use_tenant raises.
CREATE OR REPLACE FUNCTION app_use_staff_area(p_tenant uuid, p_staff uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM app_use_tenant(p_tenant);
  PERFORM set_config('app.area', COALESCE(app_staff_area(p_staff)::text, ''), true);
END $$;
