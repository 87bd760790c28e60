-- app_staff_area(p_staff uuid) RETURNS uuid[]
-- Issue 20, scope by area: the neighbourhoods a staff member of the bound tenant is limited to —
-- every wijk of their municipalities and their own wijken — or NULL when they are not limited (no
-- area rows, or not a consultant: admins and finance are never limited). The one place that
-- expands an area: app_use_staff_area binds it for a request; the time-entry batch (one
-- transaction for the submissions of several staff members) checks each consultant's entries
-- against it. SECURITY DEFINER (app_use_staff_area calls it before RLS could show the area
-- tables), so it reads only the tenant the transaction is bound to.
-- Raises: insufficient_privilege; app_staff_area needs a bound tenant
CREATE OR REPLACE FUNCTION app_staff_area(p_staff uuid) RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_tenant uuid := app_current_tenant();
  v_area uuid[];
BEGIN
  IF v_tenant IS NULL THEN RAISE EXCEPTION 'app_staff_area needs a bound tenant' USING ERRCODE = 'insufficient_privilege'; END IF;
  IF NOT EXISTS (SELECT 1 FROM staff s WHERE s.tenant_id = v_tenant AND s.id = p_staff AND s.role = 'consultant')
     OR NOT (EXISTS (SELECT 1 FROM staff_area_municipalities m WHERE m.tenant_id = v_tenant AND m.staff_id = p_staff)
             OR EXISTS (SELECT 1 FROM staff_area_neighbourhoods n WHERE n.tenant_id = v_tenant AND n.staff_id = p_staff)) THEN
    RETURN NULL;
  END IF;
  SELECT COALESCE(array_agg(DISTINCT id ORDER BY id), '{}') INTO v_area FROM (
    SELECT n.id FROM neighbourhoods n
      JOIN staff_area_municipalities m ON m.tenant_id = n.tenant_id AND m.municipality_id = n.municipality_id
     WHERE n.tenant_id = v_tenant AND m.staff_id = p_staff
    UNION
    SELECT a.neighbourhood_id FROM staff_area_neighbourhoods a WHERE a.tenant_id = v_tenant AND a.staff_id = p_staff
  ) x;
  RETURN v_area;
END $$;
