-- Issue 14, RULES §3/§4: the fiscal certificate names the organisation that issues it — its name,
-- enterprise number (KBO) and address — next to its bank account. Optional until filled in.
ALTER TABLE organisation_accounts
  ADD COLUMN enterprise_number text CHECK (enterprise_number ~ '^[01][0-9]{9}$'),
  ADD COLUMN street text CHECK (char_length(street) <= 100),
  ADD COLUMN house_number text CHECK (char_length(house_number) <= 20),
  ADD COLUMN postal_code text CHECK (postal_code ~ '^[1-9][0-9]{3}$'),
  ADD COLUMN city text CHECK (char_length(city) <= 100);
