-- app_tenant_id_by_feedback_code(p_hash bytea) RETURNS uuid
-- Issue 19: the client's feedback link /f/<code> carries no tenant. Resolve the SHA-256 of a code to
-- the tenant of its feedback question and nothing else; the caller then reads it under that tenant's RLS.
-- Defined by migrations/0053_client_feedback.sql; applied after every migration run.
CREATE OR REPLACE FUNCTION app_tenant_id_by_feedback_code(p_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id FROM client_feedback_requests WHERE code_hash = p_hash $$;
