-- app_sms_opt_out(p_phone text) RETURNS integer
-- Issue 17: a reply "STOP" to our SMS number means no more SMS to that number, whichever
-- organisation sent them: sets sms_opt_out on every worker and client record with this E.164
-- number, in every tenant. Returns how many records were changed; reveals nothing else.
CREATE OR REPLACE FUNCTION app_sms_opt_out(p_phone text) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  w integer;
  c integer;
BEGIN
  UPDATE workers SET sms_opt_out = true, updated_at = now() WHERE phone = p_phone AND NOT sms_opt_out;
  GET DIAGNOSTICS w = ROW_COUNT;
  UPDATE clients SET sms_opt_out = true, updated_at = now() WHERE phone = p_phone AND NOT sms_opt_out;
  GET DIAGNOSTICS c = ROW_COUNT;
  RETURN w + c;
END $$;
