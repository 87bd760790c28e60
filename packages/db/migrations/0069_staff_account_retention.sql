-- Issue 20, retention of staff accounts (RETENTION_RULES.staff_accounts, packages/domain): a
-- deactivated account keeps its sessions, links and credentials only for the rule's period after
-- deactivation; then the daily sweep deletes those and empties the e-mail and password. The row and
-- the name stay: audit rows name staff by id for as long as the audit log is kept.
ALTER TABLE staff
  ADD COLUMN deactivated_at timestamptz,
  -- Set by the sweep once the account was emptied: it is not found again (the sweep is idempotent).
  ADD COLUMN erased_at timestamptz,
  ADD CONSTRAINT staff_erased_is_deactivated CHECK (erased_at IS NULL OR (NOT active AND deactivated_at IS NOT NULL));

-- Accounts deactivated before this migration: the moment of the audit row of their deactivation;
-- without one, the last sign-out everywhere (deactivation sets it); without that, now — the period
-- then starts today rather than too early.
UPDATE staff s SET deactivated_at = COALESCE(
    (SELECT max(a.at) FROM audit_log a WHERE a.tenant_id = s.tenant_id AND a.entity = 'staff' AND a.entity_id = s.id::text AND a.action = 'deactivate'),
    s.sessions_revoked_at,
    now())
  WHERE NOT s.active;
