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

-- app_token_revoked: packages/db/sql/functions/app_token_revoked.sql
