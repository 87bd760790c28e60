-- Matching, assignments and proposal responses (issue "Jobs, explainable matching and cap-safe
-- assignments"): indexes for the one-query matching pre-filter at 20,000 workers, single-use
-- response tokens for the signed link in the SMS, and the proposal-expiry sweep.

-- Candidate neighbourhoods around a job are found by a bounding box on the centroids.
CREATE INDEX IF NOT EXISTS neighbourhoods_geo_idx ON neighbourhoods (tenant_id, lat, lon);
-- The box is as wide as the farthest any active worker will travel: max() reads one index entry.
CREATE INDEX IF NOT EXISTS workers_active_travel_idx ON workers (tenant_id, max_travel_km) WHERE status = 'active';
-- "An agreement active on the job's date" per candidate.
CREATE INDEX IF NOT EXISTS worker_agreements_worker_idx ON worker_agreements (tenant_id, worker_id, start_date);
-- Planned minutes leave out assignments that already have a time entry.
CREATE INDEX IF NOT EXISTS time_entries_assignment_idx ON time_entries (tenant_id, assignment_id) WHERE status <> 'cancelled';
-- Continuity: minutes a worker already worked for this client.
CREATE INDEX IF NOT EXISTS time_entries_client_worker_idx ON time_entries (tenant_id, client_id, worker_id, work_date) WHERE status <> 'cancelled';
-- The expiry sweep runs across tenants every few minutes.
CREATE INDEX IF NOT EXISTS assignments_proposed_expiry_idx ON assignments (expires_at) WHERE status = 'proposed';
CREATE INDEX IF NOT EXISTS jobs_parent_idx ON jobs (tenant_id, parent_job_id) WHERE parent_job_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS jobs_created_idx ON jobs (tenant_id, created_at, id);

-- One row per signed respond link: the link works once (used_at) and only until expires_at.
CREATE TABLE assignment_response_tokens (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES assignments(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id)
);
CREATE INDEX assignment_response_tokens_assignment_idx ON assignment_response_tokens (tenant_id, assignment_id);
SELECT app_enable_tenant_rls('assignment_response_tokens');
