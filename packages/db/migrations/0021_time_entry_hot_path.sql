-- app_time_entry_context: packages/db/sql/functions/app_time_entry_context.sql

-- Fewer row locks per entry. A foreign key check takes a KEY SHARE lock on the row it finds; an
-- entry took three (assignment, worker, client) and its outbox and audit rows one each on the
-- tenant's row, which every concurrent request of the tenant then shares (a multixact per lock).
-- One composite key says more with one lock: the entry's worker and client ARE its assignment's.
CREATE UNIQUE INDEX assignments_parties_uq ON assignments (tenant_id, id, worker_id, client_id);
ALTER TABLE time_entries
  DROP CONSTRAINT time_entries_tenant_id_assignment_id_fkey,
  DROP CONSTRAINT time_entries_tenant_id_worker_id_fkey,
  DROP CONSTRAINT time_entries_tenant_id_client_id_fkey,
  ADD CONSTRAINT time_entries_assignment_parties_fkey FOREIGN KEY (tenant_id, assignment_id, worker_id, client_id)
    REFERENCES assignments (tenant_id, id, worker_id, client_id);
-- The outbox and the audit log are append-only logs of a transaction that RLS already binds to
-- the tenant (WITH CHECK tenant_id = app_current_tenant()), and tenants are never deleted: their
-- key to tenants guarded nothing that was not guarded, at the price of that shared row lock.
ALTER TABLE outbox DROP CONSTRAINT outbox_tenant_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_tenant_id_fkey;
