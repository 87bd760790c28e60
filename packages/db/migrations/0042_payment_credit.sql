-- Issue 18, matching as payers really pay.
--
-- 1. Money that fits no open order or fee of a client (paid with the client's permanent OGM, or
--    linked to the client by finance) becomes CREDIT on the client's account: a payment can now be
--    matched to a client (credited_client_id) instead of an order or a fee. Additive: the status
--    list of payments stays as is; only the "matched means a target" check learns the third target.
ALTER TABLE payments ADD COLUMN credited_client_id uuid;
ALTER TABLE payments ADD FOREIGN KEY (tenant_id, credited_client_id) REFERENCES clients(tenant_id, id);
--    How a payment got matched ('ogm' exact one-off reference, 'permanent_ogm', 'proposal'
--    confirmed by finance, 'link' by hand) and who confirmed or linked it (null when automatic).
ALTER TABLE payments ADD COLUMN match_method text CHECK (match_method IN ('ogm', 'permanent_ogm', 'proposal', 'link'));
ALTER TABLE payments ADD COLUMN matched_by_id text;
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_check;
ALTER TABLE payments ADD CONSTRAINT payments_matched_target_check CHECK (
  (status = 'matched') = (matched_order_id IS NOT NULL OR matched_client_agreement_id IS NOT NULL OR credited_client_id IS NOT NULL)
);
ALTER TABLE payments ADD CONSTRAINT payments_one_target_check CHECK (num_nonnulls(matched_order_id, matched_client_agreement_id, credited_client_id) <= 1);

-- 2. The credit ledger of a client, append-only (grants.sql): + money received (a payment),
--    − an order paid from it. The balance is the sum and never goes below zero (the application
--    locks the client, as for the voucher wallet). Each payment and each order appears once.
CREATE TABLE client_credit_movements (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('payment', 'order')),
  amount_cents integer NOT NULL CHECK (amount_cents <> 0),
  payment_id uuid,
  order_id uuid,
  created_by_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payments(tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES voucher_orders(tenant_id, id),
  CHECK (kind <> 'payment' OR (amount_cents > 0 AND payment_id IS NOT NULL AND order_id IS NULL)),
  CHECK (kind <> 'order' OR (amount_cents < 0 AND order_id IS NOT NULL AND payment_id IS NULL))
);
CREATE UNIQUE INDEX client_credit_payment_uq ON client_credit_movements (tenant_id, payment_id) WHERE payment_id IS NOT NULL;
CREATE UNIQUE INDEX client_credit_order_uq ON client_credit_movements (tenant_id, order_id) WHERE order_id IS NOT NULL;
CREATE INDEX client_credit_client_idx ON client_credit_movements (tenant_id, client_id, created_at);
SELECT app_enable_tenant_rls('client_credit_movements');

-- 3. Likely matches look up open orders and unpaid fees by amount (the name-and-amount rule).
CREATE INDEX voucher_orders_open_amount_idx ON voucher_orders (tenant_id, amount_cents) WHERE status = 'awaiting_payment';
