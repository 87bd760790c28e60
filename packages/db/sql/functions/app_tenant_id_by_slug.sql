-- app_tenant_id_by_slug(p_slug text) RETURNS uuid
-- Sign-in happens before a tenant is known: resolve the slug without opening the table to the app role.
-- Slugs are lower case (CHECK on tenants.slug); "Gent" finds gent (issue 17: nobody trips on case).
-- Live definition (was last defined in migrations/0001_foundation.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_tenant_id_by_slug(p_slug text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT id FROM tenants WHERE slug = lower(p_slug) $$;
