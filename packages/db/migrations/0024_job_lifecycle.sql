-- Issue 13 item 3: jobs and assignments get their whole life-cycle. A job is cancelled by the
-- client or a consultant with a reason (kept here, shown to both); it is done once the hours of
-- its work are confirmed (done_at). The rules are in packages/domain (work/lifecycle.ts), applied
-- by packages/db (jobs/complete.ts) on every confirmation path.
ALTER TABLE jobs
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN cancelled_by text CHECK (cancelled_by IN ('client', 'consultant')),
  ADD COLUMN cancel_reason text CHECK (char_length(cancel_reason) <= 500),
  ADD COLUMN done_at timestamptz;
ALTER TABLE jobs ADD CONSTRAINT jobs_cancel_has_reason CHECK (status <> 'cancelled' OR cancelled_at IS NULL OR cancel_reason IS NOT NULL);

-- Work confirmed before this migration: its assignment is completed, and a job without live
-- assignments left whose work was all confirmed is done (a series: once every occurrence is).
UPDATE assignments a SET status = 'completed', updated_at = now()
 WHERE a.status = 'accepted'
   AND EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status = 'confirmed');
UPDATE jobs j SET status = 'done', done_at = now(), updated_at = now()
 WHERE j.status = 'assigned'
   AND EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = j.tenant_id AND a.job_id = j.id AND a.status = 'completed')
   AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = j.tenant_id AND a.job_id = j.id AND a.status = 'accepted')
   AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.tenant_id = j.tenant_id AND o.parent_job_id = j.id AND o.status IN ('open', 'assigned'));
