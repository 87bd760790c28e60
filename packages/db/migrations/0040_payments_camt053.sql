-- Issue 18, bank statements as files: payments read from an ISO 20022 camt.053 statement are
-- recorded with their own source next to the CODA ones (same de-duplication on bank_reference).
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_source_check;
ALTER TABLE payments ADD CONSTRAINT payments_source_check CHECK (source IN ('manual', 'coda', 'camt053'));
