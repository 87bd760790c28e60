-- Issue 20, encryption at rest: INSZ and IBAN columns keep their names but hold an envelope
-- (packages/crypto: `enc1:<keyId>:…`, AES-256-GCM with a per-value data key). SQL cannot encrypt
-- (no key here): packages/db/src/encryption/data-migration.ts, run by migrate() after the SQL files,
-- encrypts the plain values and fills the columns added below.
--   <col>_hmac:   keyed hash (HMAC-SHA256, LOOKUP_HMAC_KEY) of the normalised INSZ: exact lookup
--                 and uniqueness without decrypting; the unique indexes move onto it.
--   <col>_masked: the masked form (@wijkwerk/domain maskNationalNumber / maskIban): lists, audit
--                 rows and logs never decrypt.
-- The format checks on the plain values move to the API (validateNationalNumber, validateIban).
ALTER TABLE workers
  DROP CONSTRAINT IF EXISTS workers_national_number_check,
  ADD COLUMN national_number_hmac text,
  ADD COLUMN national_number_masked text,
  ADD COLUMN iban_masked text;
DROP INDEX IF EXISTS workers_insz_uq;
CREATE UNIQUE INDEX workers_insz_hmac_uq ON workers (tenant_id, national_number_hmac);

ALTER TABLE clients
  DROP CONSTRAINT IF EXISTS clients_national_number_check,
  ADD COLUMN national_number_hmac text,
  ADD COLUMN national_number_masked text;
DROP INDEX IF EXISTS clients_insz_uq;
CREATE UNIQUE INDEX clients_insz_hmac_uq ON clients (tenant_id, national_number_hmac) WHERE national_number_hmac IS NOT NULL;

-- Payout generation copies the worker's envelope and masked form (app_payout_generate); the SEPA
-- export decrypts. The transfer's and the payment's accounts likewise.
ALTER TABLE payout_lines ADD COLUMN iban_masked text;
ALTER TABLE client_transfers ADD COLUMN creditor_iban_masked text;
ALTER TABLE payments ADD COLUMN counterparty_account_masked text;
