-- app_next_counter(p_name text) RETURNS bigint
-- Live definition (was last defined in migrations/0002_registries.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_next_counter(p_name text) RETURNS bigint LANGUAGE sql AS $$
  INSERT INTO tenant_counters (tenant_id, name, value) VALUES (app_current_tenant(), p_name, 1)
  ON CONFLICT (tenant_id, name) DO UPDATE SET value = tenant_counters.value + 1
  RETURNING value $$;
