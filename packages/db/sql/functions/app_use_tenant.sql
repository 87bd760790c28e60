-- app_use_tenant(p_tenant uuid) RETURNS void
-- Binds this transaction to a tenant, as withTenant does from the client. A function that takes
-- the tenant itself can run as a single statement (its own transaction) without BEGIN and a
-- separate set_config; it never switches a transaction that is already bound to another tenant.
-- Raises: app_use_tenant needs a tenant; insufficient_privilege; invalid_parameter_value; this transaction belongs to tenant %
-- Live definition (was last defined in migrations/0020_job_matches.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_use_tenant(p_tenant uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_tenant IS NULL THEN RAISE EXCEPTION 'app_use_tenant needs a tenant' USING ERRCODE = 'invalid_parameter_value'; END IF;
  IF app_current_tenant() IS DISTINCT FROM p_tenant THEN
    IF app_current_tenant() IS NOT NULL THEN
      RAISE EXCEPTION 'this transaction belongs to tenant %', app_current_tenant() USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
  END IF;
END $$;
