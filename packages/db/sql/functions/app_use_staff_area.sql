-- app_use_staff_area(p_tenant uuid, p_staff uuid) RETURNS void
-- Issue 20, scope by area: binds this transaction to the tenant (app_use_tenant) and to the area of
-- the acting staff member: app.area = the neighbourhoods of their municipalities and their own
-- neighbourhoods ('{…}'), or '' when they are not limited (no area rows, or not a consultant:
-- admins and finance are never limited). SECURITY DEFINER: it reads the area tables before RLS
-- could, filtered on p_tenant itself. One call per request, in the statement that binds the tenant.
-- Raises: what app_use_tenant raises.
CREATE OR REPLACE FUNCTION app_use_staff_area(p_tenant uuid, p_staff uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_area uuid[];
BEGIN
  PERFORM app_use_tenant(p_tenant);
  IF EXISTS (SELECT 1 FROM staff s WHERE s.tenant_id = p_tenant AND s.id = p_staff AND s.role = 'consultant')
     AND (EXISTS (SELECT 1 FROM staff_area_municipalities m WHERE m.tenant_id = p_tenant AND m.staff_id = p_staff)
          OR EXISTS (SELECT 1 FROM staff_area_neighbourhoods n WHERE n.tenant_id = p_tenant AND n.staff_id = p_staff)) THEN
    SELECT COALESCE(array_agg(DISTINCT id ORDER BY id), '{}') INTO v_area FROM (
      SELECT n.id FROM neighbourhoods n
        JOIN staff_area_municipalities m ON m.tenant_id = n.tenant_id AND m.municipality_id = n.municipality_id
       WHERE n.tenant_id = p_tenant AND m.staff_id = p_staff
      UNION
      SELECT a.neighbourhood_id FROM staff_area_neighbourhoods a WHERE a.tenant_id = p_tenant AND a.staff_id = p_staff
    ) x;
    PERFORM set_config('app.area', v_area::text, true);
  ELSE
    PERFORM set_config('app.area', '', true);
  END IF;
END $$;
