-- Issue 20, the audit trail readable: admins list it newest first, by period and by staff member.
-- (By entity and id it was indexed from the start: audit_log_entity_idx.)
CREATE INDEX audit_log_at_idx ON audit_log (tenant_id, at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (tenant_id, actor_id, at DESC);
