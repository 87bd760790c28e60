-- Issue 13 item 4: the consultant and the worker are told ahead of an agreement's end, once.
-- One row per agreement and end date told about: the sweep inserts it with ON CONFLICT DO NOTHING
-- in the same statement as the outbox message, so a second run or a second worker replica tells
-- nobody twice; an agreement whose end date moves is told again about the new date.
CREATE TABLE agreement_end_notices (
  tenant_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  ends_on date NOT NULL,
  notified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, agreement_id, ends_on),
  FOREIGN KEY (tenant_id, agreement_id) REFERENCES worker_agreements(tenant_id, id) ON DELETE CASCADE
);
SELECT app_enable_tenant_rls('agreement_end_notices');
