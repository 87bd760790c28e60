-- Issue 19, "exit follow-up asked by SMS": 9 months after the exit (coaching_exits.follow_up_due_on,
-- 0048) the worker gets one SMS asking whether they work now, answered in one tap on
-- https://<web>/v/<code> (werk / opleiding / geen werk). The answer becomes a coaching_follow_ups
-- row with source 'sms'. One question per exit: the daily job inserts with ON CONFLICT DO NOTHING,
-- so a second run (or replica) sends nothing twice. The code is stored only as its SHA-256;
-- app_tenant_id_by_follow_up_code resolves a hash to its tenant only (like 0035 and 0053).
CREATE TABLE exit_follow_up_requests (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  exit_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  code_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  answered_at timestamptz,
  follow_up_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, exit_id),
  FOREIGN KEY (tenant_id, exit_id) REFERENCES coaching_exits(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, follow_up_id) REFERENCES coaching_follow_ups(tenant_id, id),
  CHECK ((answered_at IS NULL) = (follow_up_id IS NULL))
);
CREATE UNIQUE INDEX exit_follow_up_requests_code_idx ON exit_follow_up_requests (code_hash);
SELECT app_enable_tenant_rls('exit_follow_up_requests');
