-- Issue 14, RULES §3 (S19, S25): a client asks the organisation to add an activity, the admin
-- answers. The wish is kept in the client's words; activity_code is the Flemish-list activity it
-- names (asked for, or picked by the admin when granting), NULL for a wish not on the list.
-- Granting adds the client's type to that activity in the client's municipality
-- (municipality_activities); forwarded means the organisation asked VDAB (RULES §6, S32).
CREATE TABLE activity_requests (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  activity_code text REFERENCES activities(code),
  wish text NOT NULL CHECK (char_length(wish) BETWEEN 1 AND 1000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'granted', 'refused', 'forwarded')),
  answer text CHECK (char_length(answer) <= 1000),
  answered_by uuid,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, municipality_id) REFERENCES municipalities(tenant_id, id),
  CHECK (status <> 'granted' OR activity_code IS NOT NULL),
  CHECK (status IN ('open', 'granted') OR answer IS NOT NULL)
);
-- The admin's list of open requests, oldest first; a client's own requests, newest first.
CREATE INDEX activity_requests_open ON activity_requests (tenant_id, created_at) WHERE status IN ('open', 'forwarded');
CREATE INDEX activity_requests_client ON activity_requests (tenant_id, client_id, created_at DESC);
SELECT app_enable_tenant_rls('activity_requests');
