-- app_tenant_id_by_answer_code(p_hash bytea) RETURNS uuid
-- Issue 17: the short answer link /j/<code> carries no tenant. Resolve the SHA-256 of a code to the
-- tenant of its answer link and nothing else; the caller then reads the link under that tenant's RLS.
-- Defined by migrations/0035_answer_codes_inbound_sms.sql; applied after every migration run.
CREATE OR REPLACE FUNCTION app_tenant_id_by_answer_code(p_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id FROM assignment_response_tokens WHERE code_hash = p_hash $$;
