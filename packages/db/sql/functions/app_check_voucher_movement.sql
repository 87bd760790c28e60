-- app_check_voucher_movement() RETURNS trigger
-- The database itself refuses, at commit, a posting that does not sum to zero or a client lot
-- that goes below zero: a bug in the application can never spend a voucher twice.
-- Raises: check_violation; voucher account % lot % below zero (%); voucher posting % does not balance (%)
-- Live definition (was last defined in migrations/0014_vouchers_time_entries.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_check_voucher_movement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  posting_sum bigint;
  lot_balance bigint;
BEGIN
  SELECT COALESCE(sum(vouchers), 0) INTO posting_sum FROM voucher_movements
   WHERE tenant_id = NEW.tenant_id AND posting_id = NEW.posting_id;
  IF posting_sum <> 0 THEN
    RAISE EXCEPTION 'voucher posting % does not balance (%)', NEW.posting_id, posting_sum USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.lot_id IS NOT NULL AND NEW.account LIKE 'client:%' THEN
    SELECT COALESCE(sum(vouchers), 0) INTO lot_balance FROM voucher_movements
     WHERE tenant_id = NEW.tenant_id AND account = NEW.account AND lot_id = NEW.lot_id;
    IF lot_balance < 0 THEN
      RAISE EXCEPTION 'voucher account % lot % below zero (%)', NEW.account, NEW.lot_id, lot_balance USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NULL;
END $$;
