-- Issue 17, the door: each organisation has its own address (/<slug>) showing its name and phone
-- number, and people find their organisation by name or municipality. The organisation's phone
-- number (E.164) and e-mail address are public contact data, shown on every client page and to a
-- person who gave a landline. Optional: an organisation made before this has none until set.
ALTER TABLE tenants
  ADD COLUMN phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  ADD COLUMN email text CHECK (char_length(email) BETWEEN 3 AND 254);

-- app_public_organisations: packages/db/sql/functions/app_public_organisations.sql
