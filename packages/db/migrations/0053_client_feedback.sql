-- Issue 19, "client feedback": after each month in which a worker worked for a client (confirmed
-- time entries), the client gets one short question ("Hoe was het werk van <first name> in
-- <month>?") by SMS or mail, answered in one tap on https://<web>/f/<code> without signing in.
-- One row per tenant + worker + client + month: the monthly job inserts with ON CONFLICT DO NOTHING,
-- so a second run (or a second replica) asks nothing twice. The code is stored only as its SHA-256
-- (like 0035's answer links); app_tenant_id_by_feedback_code resolves a hash to its tenant only.
-- The answer is for the consultant: the worker never reads these rows.
CREATE TABLE client_feedback_requests (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  client_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  minutes integer NOT NULL CHECK (minutes > 0),
  channel text NOT NULL CHECK (channel IN ('sms', 'email')),
  code_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  answer text CHECK (answer IN ('good', 'could_be_better', 'not_good')),
  comment text CHECK (char_length(comment) <= 1000),
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, worker_id, client_id, month),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE UNIQUE INDEX client_feedback_requests_code_idx ON client_feedback_requests (code_hash);
-- The consultant reads a worker's feedback, newest month first.
CREATE INDEX client_feedback_requests_worker_idx ON client_feedback_requests (tenant_id, worker_id, month DESC);
SELECT app_enable_tenant_rls('client_feedback_requests');
