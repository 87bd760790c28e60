-- Issue 18, refunds that pay out and refund-to-sender: money going back from the organisation's
-- account to a client (a voucher refund) or to the sender of an unmatched payment. Each transfer is
-- prepared by one staff member and approved (four eyes above the tenant's fourEyesAboveCents, as
-- payout runs), then exported once in a SEPA pain.001 batch; re-downloading a batch gives the same file.
CREATE TABLE client_transfer_batches (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  message_id text NOT NULL,
  debtor_name text NOT NULL,
  debtor_iban text NOT NULL,
  debtor_bic text,
  transfer_count integer NOT NULL CHECK (transfer_count > 0),
  total_cents bigint NOT NULL CHECK (total_cents > 0),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
SELECT app_enable_tenant_rls('client_transfer_batches');

CREATE TABLE client_transfers (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('voucher_refund', 'payment_return')),
  client_id uuid,
  payment_id uuid,
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  creditor_name text NOT NULL CHECK (char_length(creditor_name) BETWEEN 1 AND 140),
  creditor_iban text NOT NULL,
  remittance text NOT NULL,
  -- voucher_refund: the lots the refund took back, so deleting the draft posts the exact opposite.
  vouchers integer,
  refund_lots jsonb,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'exported')),
  prepared_by text NOT NULL,
  approved_by text,
  approved_at timestamptz,
  batch_id uuid,
  end_to_end_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payments(tenant_id, id),
  FOREIGN KEY (tenant_id, batch_id) REFERENCES client_transfer_batches(tenant_id, id),
  CHECK ((kind = 'voucher_refund') = (client_id IS NOT NULL AND vouchers IS NOT NULL AND refund_lots IS NOT NULL)),
  CHECK ((kind = 'payment_return') = (payment_id IS NOT NULL)),
  CHECK ((status = 'draft') = (approved_by IS NULL)),
  CHECK ((status = 'exported') = (batch_id IS NOT NULL))
);
-- A payment goes back to its sender once.
CREATE UNIQUE INDEX client_transfers_payment_uq ON client_transfers (tenant_id, payment_id) WHERE payment_id IS NOT NULL;
CREATE UNIQUE INDEX client_transfers_e2e_uq ON client_transfers (tenant_id, end_to_end_id);
CREATE INDEX client_transfers_status_idx ON client_transfers (tenant_id, status, created_at);
CREATE INDEX client_transfers_batch_idx ON client_transfers (tenant_id, batch_id) WHERE batch_id IS NOT NULL;
SELECT app_enable_tenant_rls('client_transfers');

-- The sender's account as the statement names it (CODA record 2.3, camt.053 RltdPties): where a
-- refund-to-sender goes, and the client's account for a voucher refund when none is given.
ALTER TABLE payments ADD COLUMN counterparty_account text;
-- A payment marked refund-to-sender stays 'unmatched' (a closed status list other changes extend
-- too) and names its transfer; it can then never be matched as well.
ALTER TABLE payments ADD COLUMN return_transfer_id uuid;
ALTER TABLE payments ADD CONSTRAINT payments_returned_unmatched CHECK (return_transfer_id IS NULL OR status = 'unmatched');
