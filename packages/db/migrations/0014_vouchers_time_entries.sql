-- Vouchers (wijk-werkcheques): orders, bank payments, lots and an append-only double-entry ledger
-- (DESIGN.md principle 5). Balances are derived by SUM over voucher_movements, never stored.

CREATE TABLE voucher_orders (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 500),
  unit_price_cents integer NOT NULL CHECK (unit_price_cents > 0),
  amount_cents integer NOT NULL CHECK (amount_cents = quantity * unit_price_cents),
  payment_reference text NOT NULL CHECK (payment_reference ~ '^\+\+\+[0-9]{3}/[0-9]{4}/[0-9]{5}\+\+\+$'),
  status text NOT NULL DEFAULT 'awaiting_payment' CHECK (status IN ('awaiting_payment', 'paid', 'cancelled')),
  created_by_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  paid_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  UNIQUE (tenant_id, payment_reference)
);
CREATE INDEX voucher_orders_client_idx ON voucher_orders (tenant_id, client_id, created_at);
SELECT app_enable_tenant_rls('voucher_orders');

-- Every bank payment we know of, matched or not: finance works the unmatched ones by hand.
CREATE TABLE payments (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  payment_reference text,
  amount_cents integer NOT NULL,
  paid_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('manual', 'coda')),
  -- CODA: account/date/statement/sequence, so importing a statement twice records nothing twice.
  bank_reference text,
  counterparty_name text,
  communication text,
  matched_order_id uuid,
  matched_client_agreement_id uuid,
  status text NOT NULL CHECK (status IN ('matched', 'unmatched')),
  unmatched_reason text,
  created_by_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, matched_order_id) REFERENCES voucher_orders(tenant_id, id),
  FOREIGN KEY (tenant_id, matched_client_agreement_id) REFERENCES client_agreements(tenant_id, id),
  CHECK ((status = 'matched') = (matched_order_id IS NOT NULL OR matched_client_agreement_id IS NOT NULL)),
  CHECK (matched_order_id IS NULL OR matched_client_agreement_id IS NULL)
);
-- An order or a fee is paid once, even when two imports race.
CREATE UNIQUE INDEX payments_order_uq ON payments (tenant_id, matched_order_id) WHERE matched_order_id IS NOT NULL;
CREATE UNIQUE INDEX payments_agreement_uq ON payments (tenant_id, matched_client_agreement_id) WHERE matched_client_agreement_id IS NOT NULL;
CREATE UNIQUE INDEX payments_bank_ref_uq ON payments (tenant_id, bank_reference) WHERE bank_reference IS NOT NULL;
CREATE INDEX payments_status_idx ON payments (tenant_id, status, created_at);
SELECT app_enable_tenant_rls('payments');

-- A batch issued by one paid order; the remaining count is derived from the ledger.
CREATE TABLE voucher_lots (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  order_id uuid NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  issued_on date NOT NULL,
  expires_on date NOT NULL CHECK (expires_on >= issued_on),
  -- "vouchers.expiring" is sent once per lot.
  expiry_warned_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES voucher_orders(tenant_id, id),
  UNIQUE (tenant_id, order_id)
);
CREATE INDEX voucher_lots_client_idx ON voucher_lots (tenant_id, client_id, expires_on);
CREATE INDEX voucher_lots_expiry_idx ON voucher_lots (expires_on);
SELECT app_enable_tenant_rls('voucher_lots');

CREATE TABLE voucher_movements (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  posting_id uuid NOT NULL,
  account text NOT NULL,
  lot_id uuid,
  vouchers integer NOT NULL CHECK (vouchers <> 0),
  kind text NOT NULL CHECK (kind IN ('issue', 'reserve', 'release', 'consume', 'expire', 'refund')),
  time_entry_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, lot_id) REFERENCES voucher_lots(tenant_id, id),
  FOREIGN KEY (tenant_id, time_entry_id) REFERENCES time_entries(tenant_id, id)
);
CREATE INDEX voucher_movements_posting_idx ON voucher_movements (tenant_id, posting_id);
CREATE INDEX voucher_movements_account_lot_idx ON voucher_movements (tenant_id, account, lot_id);
CREATE INDEX voucher_movements_entry_idx ON voucher_movements (tenant_id, time_entry_id) WHERE time_entry_id IS NOT NULL;
SELECT app_enable_tenant_rls('voucher_movements');

-- app_check_voucher_movement: packages/db/sql/functions/app_check_voucher_movement.sql
CREATE CONSTRAINT TRIGGER voucher_movements_balanced AFTER INSERT ON voucher_movements
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_check_voucher_movement();

-- One live prestatie per assignment; a correction cancels the old entry before adding the new one.
CREATE UNIQUE INDEX time_entries_live_assignment_uq ON time_entries (tenant_id, assignment_id) WHERE status <> 'cancelled';
CREATE INDEX time_entries_client_status_idx ON time_entries (tenant_id, client_id, status, created_at);
CREATE INDEX time_entries_submitted_idx ON time_entries (created_at) WHERE status = 'submitted';
