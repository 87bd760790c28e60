-- app_sms_opt_out(p_phone text) RETURNS integer
-- Issue 17: a reply "STOP" to our SMS number means no more SMS to that number, whichever
-- organisation sent them: sets sms_opt_out on every worker and client record with this E.164
-- number, in every tenant. Returns how many records were changed; reveals nothing else.
-- Issue 20: each change leaves an audit row in its tenant (actor_type 'sms', action
-- 'preferences.update'), like a change the person or a consultant makes on the web.
CREATE OR REPLACE FUNCTION app_sms_opt_out(p_phone text) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  w integer;
  c integer;
BEGIN
  WITH changed AS (
    UPDATE workers SET sms_opt_out = true, updated_at = now() WHERE phone = p_phone AND NOT sms_opt_out RETURNING tenant_id, id
  )
  INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, before, after)
  SELECT tenant_id, 'sms', NULL, 'preferences.update', 'worker', id::text, '{"sms": true}'::jsonb, '{"sms": false}'::jsonb FROM changed;
  GET DIAGNOSTICS w = ROW_COUNT;
  WITH changed AS (
    UPDATE clients SET sms_opt_out = true, updated_at = now() WHERE phone = p_phone AND NOT sms_opt_out RETURNING tenant_id, id
  )
  INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, before, after)
  SELECT tenant_id, 'sms', NULL, 'preferences.update', 'client', id::text, '{"sms": true}'::jsonb, '{"sms": false}'::jsonb FROM changed;
  GET DIAGNOSTICS c = ROW_COUNT;
  RETURN w + c;
END $$;
