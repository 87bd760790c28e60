-- app_sms_opt_in(p_phone text) RETURNS integer
-- Issue 20: "START" undoes "STOP" (app_sms_opt_out): SMS again to every worker and client record
-- with this E.164 number, in every tenant, each change with its audit row (actor_type 'sms').
-- Returns how many records were changed; reveals nothing else.
CREATE OR REPLACE FUNCTION app_sms_opt_in(p_phone text) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  w integer;
  c integer;
BEGIN
  WITH changed AS (
    UPDATE workers SET sms_opt_out = false, updated_at = now() WHERE phone = p_phone AND sms_opt_out RETURNING tenant_id, id
  )
  INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, before, after)
  SELECT tenant_id, 'sms', NULL, 'preferences.update', 'worker', id::text, '{"sms": false}'::jsonb, '{"sms": true}'::jsonb FROM changed;
  GET DIAGNOSTICS w = ROW_COUNT;
  WITH changed AS (
    UPDATE clients SET sms_opt_out = false, updated_at = now() WHERE phone = p_phone AND sms_opt_out RETURNING tenant_id, id
  )
  INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, before, after)
  SELECT tenant_id, 'sms', NULL, 'preferences.update', 'client', id::text, '{"sms": false}'::jsonb, '{"sms": true}'::jsonb FROM changed;
  GET DIAGNOSTICS c = ROW_COUNT;
  RETURN w + c;
END $$;
