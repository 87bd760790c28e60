-- Issue 18, four eyes on manual payments: a payment entered by hand above the tenant's
-- fourEyesAboveCents waits here, unmatched, until another staff member (finance or admin)
-- approves it; approving books it as POST /v1/payments does, under the same id. Kept after
-- approval as the record of both names. A separate table, so the payments status list stays as is.
CREATE TABLE payment_approvals (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  payment_reference text NOT NULL,
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  paid_on date NOT NULL,
  status text NOT NULL DEFAULT 'awaiting_approval' CHECK (status IN ('awaiting_approval', 'approved')),
  prepared_by text NOT NULL,
  approved_by text,
  approved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK ((status = 'approved') = (approved_by IS NOT NULL))
);
CREATE INDEX payment_approvals_waiting_idx ON payment_approvals (tenant_id, created_at, id) WHERE status = 'awaiting_approval';
SELECT app_enable_tenant_rls('payment_approvals');
