-- Foundation: tenants, staff, audit log, outbox, idempotency keys, and the row-level security
-- that keeps tenants apart (DESIGN.md principle 2).

-- app_current_tenant: packages/db/sql/functions/app_current_tenant.sql

-- app_enable_tenant_rls: packages/db/sql/functions/app_enable_tenant_rls.sql

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (id = app_current_tenant()) WITH CHECK (id = app_current_tenant());

-- app_tenant_id_by_slug: packages/db/sql/functions/app_tenant_id_by_slug.sql

CREATE TABLE staff (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'consultant', 'finance')),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX staff_email_uq ON staff (tenant_id, lower(email));
SELECT app_enable_tenant_rls('staff');

-- Append-only: the app role may insert and read, never update or delete (see grants below).
CREATE TABLE audit_log (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  at timestamptz NOT NULL DEFAULT now(),
  actor_type text NOT NULL,
  actor_id text,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_entity_idx ON audit_log (tenant_id, entity, entity_id, at);
SELECT app_enable_tenant_rls('audit_log');

-- Written in the same transaction as the change it announces; relayed to BullMQ after commit.
CREATE TABLE outbox (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  available_at timestamptz NOT NULL DEFAULT now(),
  relayed_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_pending_idx ON outbox (available_at) WHERE relayed_at IS NULL;
SELECT app_enable_tenant_rls('outbox');

CREATE TABLE idempotency_keys (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  key text NOT NULL,
  actor_id text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  status_code integer,
  response_body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, actor_id, key)
);
SELECT app_enable_tenant_rls('idempotency_keys');

-- app_outbox_notify: packages/db/sql/functions/app_outbox_notify.sql
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION app_outbox_notify();
