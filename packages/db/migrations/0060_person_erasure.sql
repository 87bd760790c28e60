-- Issue 20, "the person's rights": a worker or client can be erased (on request, or by the daily
-- retention sweep). The row itself stays, as a pseudonym ("Gewist #1a2b3c4d"), so that the foreign
-- keys of time entries, vouchers, payouts and payments hold and every total stays what it was.
--
-- NOT NULL personal columns of workers (national_number, phone, iban, street, house_number,
-- postal_code) keep their NOT NULL and hold a placeholder after erasure instead of NULL, so that the
-- typed rows of the rest of the code do not change: see packages/db/src/privacy/pseudonymise.ts
-- (the ONE statement that blanks the personal-number columns) and docs/PRIVACY.md.
ALTER TABLE workers ADD COLUMN erased_at timestamptz;
ALTER TABLE workers ADD COLUMN erasure_reason text CHECK (erasure_reason IN ('request', 'retention'));
ALTER TABLE workers ADD CONSTRAINT workers_erasure_reason CHECK ((erased_at IS NULL) = (erasure_reason IS NULL));
ALTER TABLE clients ADD COLUMN erased_at timestamptz;
ALTER TABLE clients ADD COLUMN erasure_reason text CHECK (erasure_reason IN ('request', 'retention'));
ALTER TABLE clients ADD CONSTRAINT clients_erasure_reason CHECK ((erased_at IS NULL) = (erasure_reason IS NULL));

-- Uniqueness of the INSZ lives on national_number_hmac (0058). An erased worker's hash becomes
-- 'erased:<id>' (packages/db/src/privacy/pseudonymise.ts): unique per row, never a real hash.
