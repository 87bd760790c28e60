-- app_brussels_month(p_at timestamptz) RETURNS date
-- Live definition (was last defined in migrations/0017_worker_minutes.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_brussels_month(p_at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('month', p_at AT TIME ZONE 'Europe/Brussels')::date $$;
