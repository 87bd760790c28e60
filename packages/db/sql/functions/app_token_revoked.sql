-- app_token_revoked(p_tenant uuid, p_subject uuid, p_jti uuid, p_issued_at timestamptz) RETURNS boolean
-- Checked on every authenticated request, before a tenant is bound: one indexed lookup each.
-- Live definition (was last defined in migrations/0023_token_revocation.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_token_revoked(p_tenant uuid, p_subject uuid, p_jti uuid, p_issued_at timestamptz) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM revoked_tokens WHERE tenant_id = p_tenant AND jti = p_jti)
      OR EXISTS (SELECT 1 FROM staff WHERE tenant_id = p_tenant AND id = p_subject AND (NOT active OR sessions_revoked_at >= p_issued_at))
$$;
