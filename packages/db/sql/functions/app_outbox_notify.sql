-- app_outbox_notify() RETURNS trigger
-- Wake the outbox relay without polling delay.
-- Live definition (was last defined in migrations/0001_foundation.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$;
