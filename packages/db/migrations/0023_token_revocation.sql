-- Issue 13 item 13: signing out revokes the token; deactivating a staff member revokes all theirs.
-- A revoked token is kept until it would have expired anyway.
CREATE TABLE revoked_tokens (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  jti uuid NOT NULL,
  subject_id uuid NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, jti)
);
SELECT app_enable_tenant_rls('revoked_tokens');

-- Tokens of a staff member issued before this moment are refused (deactivation, sign-out everywhere).
ALTER TABLE staff ADD COLUMN sessions_revoked_at timestamptz;

-- Checked on every authenticated request, before a tenant is bound: one indexed lookup each.
CREATE OR REPLACE FUNCTION app_token_revoked(p_tenant uuid, p_subject uuid, p_jti uuid, p_issued_at timestamptz) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM revoked_tokens WHERE tenant_id = p_tenant AND jti = p_jti)
      OR EXISTS (SELECT 1 FROM staff WHERE tenant_id = p_tenant AND id = p_subject AND (NOT active OR sessions_revoked_at >= p_issued_at))
$$;
