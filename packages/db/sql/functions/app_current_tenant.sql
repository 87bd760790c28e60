-- app_current_tenant() RETURNS uuid
-- The tenant of the current transaction, set by withTenant() with set_config(..., true).
-- Live definition (was last defined in migrations/0001_foundation.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
