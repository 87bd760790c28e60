-- Issue 19, continuity and handover: before a worker's agreement ends, the consultant announces a
-- successor to each regular client (domain work/continuity.ts). One live handover per client and
-- leaving worker; it keeps who announced it, the inloopbeurt (the successor joins one visit of the
-- current worker) and, once the agreement has ended, how many future visits of the client's series
-- moved to the successor.
CREATE TABLE handovers (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  leaving_worker_id uuid NOT NULL,
  successor_id uuid NOT NULL CHECK (successor_id <> leaving_worker_id),
  -- The last day of the leaving worker's agreement: the series moves the day after.
  leaving_ends_on date NOT NULL,
  status text NOT NULL DEFAULT 'announced' CHECK (status IN ('announced', 'moved', 'cancelled')),
  inloop_assignment_id uuid,
  moved_count integer,
  moved_at timestamptz,
  announced_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, leaving_worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, successor_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, inloop_assignment_id) REFERENCES assignments(tenant_id, id)
);
CREATE UNIQUE INDEX handovers_live_uq ON handovers (tenant_id, client_id, leaving_worker_id) WHERE status <> 'cancelled';
CREATE INDEX handovers_due_idx ON handovers (tenant_id, status, leaving_ends_on);
CREATE INDEX handovers_successor_idx ON handovers (tenant_id, client_id, successor_id) WHERE status = 'announced';
SELECT app_enable_tenant_rls('handovers');

-- The inloopbeurt: an extra assignment of the successor on a visit the current worker still does.
-- It is not a prestatie for the client (no hours are entered for it, so no cheque is used): it does
-- not count toward the job's team, nor hold the job back from being done; while planned it holds
-- the successor's time (double booking) and counts as planned time for the successor's caps.
ALTER TABLE assignments ADD COLUMN inloop boolean NOT NULL DEFAULT false;
