-- Jobs (klussen), assignments (toewijzingen) and time entries (prestaties): the junction of the
-- registries, vouchers and payouts. Capability migrations add behaviour around these tables.

CREATE TABLE jobs (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  activity_code text NOT NULL REFERENCES activities(code),
  description text NOT NULL,
  estimated_minutes integer NOT NULL CHECK (estimated_minutes > 0),
  window_from timestamptz NOT NULL,
  window_to timestamptz NOT NULL CHECK (window_to > window_from),
  -- Copied from the client at creation: matching and lists filter on it without a join.
  neighbourhood_id uuid NOT NULL,
  recurrence_rrule text,
  recurrence_until date,
  -- Occurrences of a recurring job are jobs of their own that point to the series.
  parent_job_id uuid,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'done', 'cancelled')),
  created_by_type text NOT NULL,
  created_by_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods(tenant_id, id),
  FOREIGN KEY (tenant_id, parent_job_id) REFERENCES jobs(tenant_id, id)
);
CREATE INDEX jobs_status_idx ON jobs (tenant_id, status, neighbourhood_id);
CREATE INDEX jobs_client_idx ON jobs (tenant_id, client_id);
SELECT app_enable_tenant_rls('jobs');

CREATE TABLE assignments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  job_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  client_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  minutes integer GENERATED ALWAYS AS ((extract(epoch FROM (ends_at - starts_at)) / 60)::integer) STORED,
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined', 'cancelled', 'expired', 'completed')),
  expires_at timestamptz,
  responded_at timestamptz,
  response_reason text,
  cancelled_by text,
  cancel_reason text,
  warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_by_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, job_id) REFERENCES jobs(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id)
);
-- No worker is in two places at once: the database refuses overlapping live assignments.
ALTER TABLE assignments ADD CONSTRAINT assignments_no_double_booking
  EXCLUDE USING gist (tenant_id WITH =, worker_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
  WHERE (status IN ('proposed', 'accepted'));
CREATE INDEX assignments_worker_time_idx ON assignments (tenant_id, worker_id, starts_at);
CREATE INDEX assignments_job_idx ON assignments (tenant_id, job_id);
CREATE INDEX assignments_client_worker_idx ON assignments (tenant_id, client_id, worker_id);
SELECT app_enable_tenant_rls('assignments');

CREATE TABLE time_entries (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  client_id uuid NOT NULL,
  work_date date NOT NULL,
  minutes integer NOT NULL CHECK (minutes > 0),
  -- travelKm has one decimal (API.md): stored as tenths of a km, an integer.
  travel_tenths_km integer NOT NULL DEFAULT 0 CHECK (travel_tenths_km >= 0),
  vouchers integer NOT NULL CHECK (vouchers > 0),
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'confirmed', 'disputed', 'awaiting_vouchers', 'cancelled')),
  submitted_by_type text NOT NULL,
  submitted_by_id text NOT NULL,
  confirmed_at timestamptz,
  confirmed_by text CHECK (confirmed_by IN ('client', 'auto', 'consultant')),
  dispute_reason text,
  -- A consultant's correction replaces an entry by a new one; history is never edited.
  corrects_entry_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES assignments(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id)
);
CREATE INDEX time_entries_worker_date_idx ON time_entries (tenant_id, worker_id, work_date);
CREATE INDEX time_entries_status_idx ON time_entries (tenant_id, status, work_date);
SELECT app_enable_tenant_rls('time_entries');

-- Minutes of a worker in [from, to): used = time entries not cancelled (actual hours count
-- against the cap from submission on), planned = live assignments without an entry yet.
CREATE OR REPLACE FUNCTION app_worker_minutes(p_worker uuid, p_from timestamptz, p_to timestamptz)
RETURNS TABLE (used_minutes integer, planned_minutes integer) LANGUAGE sql STABLE AS $$
  SELECT
    COALESCE((SELECT sum(te.minutes) FROM time_entries te
              WHERE te.tenant_id = app_current_tenant() AND te.worker_id = p_worker AND te.status <> 'cancelled'
                AND (te.work_date::timestamp AT TIME ZONE 'Europe/Brussels') >= p_from
                AND (te.work_date::timestamp AT TIME ZONE 'Europe/Brussels') < p_to), 0)::integer,
    COALESCE((SELECT sum(a.minutes) FROM assignments a
              WHERE a.tenant_id = app_current_tenant() AND a.worker_id = p_worker AND a.status IN ('proposed', 'accepted')
                AND a.starts_at >= p_from AND a.starts_at < p_to
                AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')), 0)::integer
$$;
