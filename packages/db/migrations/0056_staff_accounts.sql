-- Issue 20, staff accounts: invitations and password resets by e-mail link, a TOTP second factor,
-- and the list of one's sessions.
--
-- A link's code is shown once (in the mail); only its SHA-256 is stored, like the answer codes (0035).
-- An invited staff member gets an unusable password hash until they choose one through the link.
ALTER TABLE staff
  ADD COLUMN invited_at timestamptz,
  -- Base32 TOTP secret; set when enrolment starts, in force once totp_enabled_at is set.
  ADD COLUMN totp_secret text,
  ADD COLUMN totp_enabled_at timestamptz,
  -- The last 30-second step a code was accepted for: a code is never accepted twice.
  ADD COLUMN totp_last_step bigint,
  ADD CONSTRAINT staff_totp_enabled_has_secret CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL);

CREATE TABLE staff_links (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  staff_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('invite', 'password_reset')),
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff(tenant_id, id)
);
CREATE UNIQUE INDEX staff_links_code ON staff_links (tenant_id, code_hash);
CREATE INDEX staff_links_staff ON staff_links (tenant_id, staff_id, purpose) WHERE used_at IS NULL;
SELECT app_enable_tenant_rls('staff_links');

-- One row per staff sign-in (the token's jti). Signed out = in revoked_tokens, or issued at or before
-- staff.sessions_revoked_at: the same test as app_token_revoked, so the list shows what is refused.
CREATE TABLE staff_sessions (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  jti uuid NOT NULL,
  staff_id uuid NOT NULL,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  user_agent text,
  second_factor boolean NOT NULL,
  PRIMARY KEY (tenant_id, jti),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff(tenant_id, id)
);
CREATE INDEX staff_sessions_staff ON staff_sessions (tenant_id, staff_id, expires_at);
SELECT app_enable_tenant_rls('staff_sessions');
