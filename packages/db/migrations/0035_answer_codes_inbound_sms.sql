-- Issue 17, "one tap from an SMS" and "answer by replying".
--
-- 1. The short answer link https://<host>/j/<code>: an 8-character code (40 bits) per answer link,
--    stored only as its SHA-256 (code_hash); the plain code lives in the outbox payload and the
--    message. The code holds no tenant, so app_tenant_id_by_answer_code (SECURITY DEFINER, like
--    app_tenant_id_by_slug) resolves a hash to its tenant id only; the rest runs under RLS.
ALTER TABLE assignment_response_tokens ADD COLUMN code_hash bytea;
CREATE UNIQUE INDEX assignment_response_tokens_code_idx ON assignment_response_tokens (code_hash) WHERE code_hash IS NOT NULL;

-- 2. Every SMS a worker sends us (POST /v1/sms/inbound), with what we made of it and did with it;
--    the consultant reads them on the worker's page. One row per gateway messageId and tenant.
CREATE TABLE sms_inbound (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  message_id text NOT NULL CHECK (char_length(message_id) BETWEEN 1 AND 200),
  from_phone text NOT NULL,
  worker_id uuid,
  text text NOT NULL CHECK (char_length(text) <= 1600),
  interpretation text NOT NULL CHECK (interpretation IN ('accept', 'decline', 'stop', 'unclear')),
  outcome text NOT NULL CHECK (outcome IN ('accepted', 'declined', 'opted_out', 'no_open_proposal', 'not_pending', 'job_taken', 'unclear')),
  assignment_id uuid,
  reply text CHECK (reply IN ('accepted', 'declined', 'help', 'taken')),
  received_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, message_id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES assignments(tenant_id, id)
);
-- The worker's replies, newest first; "a help SMS to this number in the last hour" (no ping-pong).
CREATE INDEX sms_inbound_worker_idx ON sms_inbound (tenant_id, worker_id, received_at DESC);
CREATE INDEX sms_inbound_help_idx ON sms_inbound (tenant_id, from_phone, created_at) WHERE reply = 'help';
SELECT app_enable_tenant_rls('sms_inbound');

-- 3. Gateway messages before a tenant is known: one row per messageId (idempotency across tenants),
--    also for numbers no tenant knows. Not a tenant table (no tenant column, so the handling tenant
--    is not revealed across tenants): the app role reaches it only through
--    app_sms_inbound_claim (grants.sql revokes the table).
CREATE TABLE sms_inbound_receipts (
  message_id text PRIMARY KEY CHECK (char_length(message_id) BETWEEN 1 AND 200),
  from_phone text NOT NULL,
  received_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
