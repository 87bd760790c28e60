-- Notifications: one row per message we (try to) send, and one-time sign-in codes for workers
-- and clients. Delivery status is written back here so consultants can see what reached whom.

CREATE TABLE deliveries (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The outbox row (= BullMQ job id of the events job) this delivery came from.
  outbox_id uuid,
  event text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- 'contact': someone without a record, e.g. a walk-in with only a phone number.
  recipient_type text NOT NULL CHECK (recipient_type IN ('worker', 'client', 'staff', 'contact')),
  recipient_id uuid,
  to_address text,
  language text NOT NULL CHECK (language IN ('nl', 'fr', 'en')),
  -- `${outboxId}:${channel}:${recipient}`: a retried event job inserts nothing new.
  idempotency_key text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'suppressed')),
  subject text,
  body_text text,
  body_html text,
  attempts integer NOT NULL DEFAULT 0,
  provider_id text,
  last_error text,
  -- Quiet hours: the SMS is not sent before this instant.
  send_after timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX deliveries_recipient_idx ON deliveries (tenant_id, recipient_type, recipient_id, created_at);
CREATE INDEX deliveries_list_idx ON deliveries (tenant_id, created_at DESC, id DESC);
-- The re-enqueue sweep looks for deliveries that should have left by now.
CREATE INDEX deliveries_open_idx ON deliveries (created_at) WHERE status IN ('queued', 'sending');
SELECT app_enable_tenant_rls('deliveries');

-- One-time sign-in codes; only a keyed hash of the code is stored.
CREATE TABLE auth_codes (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- E.164 phone or lower-cased e-mail address, as the person typed it (normalised).
  destination text NOT NULL,
  subject_type text NOT NULL CHECK (subject_type IN ('client', 'worker')),
  subject_id uuid NOT NULL,
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX auth_codes_destination_idx ON auth_codes (tenant_id, destination, created_at DESC);
SELECT app_enable_tenant_rls('auth_codes');
