-- app_sms_inbound_claim(p_message_id text, p_from text, p_received_at timestamptz) RETURNS boolean
-- Issue 17: inbound SMS are idempotent by the gateway's messageId across tenants. Records the
-- receipt and returns true the first time, false for a messageId seen before. Call it inside the
-- transaction that handles the message: a concurrent duplicate waits for that transaction and then
-- gets false; a rolled-back handling leaves no receipt, so the gateway's retry is handled again.
CREATE OR REPLACE FUNCTION app_sms_inbound_claim(p_message_id text, p_from text, p_received_at timestamptz) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO sms_inbound_receipts (message_id, from_phone, received_at)
  VALUES (p_message_id, p_from, p_received_at)
  ON CONFLICT (message_id) DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n = 1;
END $$;
