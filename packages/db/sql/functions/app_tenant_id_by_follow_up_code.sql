-- app_tenant_id_by_follow_up_code(p_hash bytea) RETURNS uuid
-- Issue 19: the worker's follow-up link /v/<code> carries no tenant. Resolve the SHA-256 of a code to
-- the tenant of its follow-up question and nothing else; the caller then reads it under that tenant's RLS.
-- Defined by migrations/0054_exit_follow_up_requests.sql; applied after every migration run.
CREATE OR REPLACE FUNCTION app_tenant_id_by_follow_up_code(p_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id FROM exit_follow_up_requests WHERE code_hash = p_hash $$;
