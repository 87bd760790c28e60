-- Issue 19, "wijk-werken +": evaluations at the tenant's moments of an agreement (coaching_settings,
-- computed by evaluationMoments in packages/domain), the exit with its reason, and the follow-up
-- 9 months after the exit (recorded by the consultant, or answered by the worker by SMS).

-- moment: 'months_N' (N months after the agreement's start), 'before_end', or 'extra' (not planned).
CREATE TABLE coaching_evaluations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  moment text NOT NULL CHECK (moment ~ '^(months_[1-9][0-9]?|before_end|extra)$'),
  held_on date NOT NULL,
  staff_id uuid NOT NULL,
  notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 8000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, agreement_id) REFERENCES worker_agreements(tenant_id, id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff(tenant_id, id)
);
-- A planned moment is evaluated once (409 coaching.evaluation_exists); extra ones as often as needed.
CREATE UNIQUE INDEX coaching_evaluations_moment_uq ON coaching_evaluations (tenant_id, agreement_id, moment) WHERE moment <> 'extra';
CREATE INDEX coaching_evaluations_worker_idx ON coaching_evaluations (tenant_id, worker_id, held_on);
SELECT app_enable_tenant_rls('coaching_evaluations');

-- The outcome of one goal at one evaluation.
CREATE TABLE coaching_evaluation_goals (
  tenant_id uuid NOT NULL,
  evaluation_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('not_reached', 'progressing', 'reached')),
  note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
  PRIMARY KEY (tenant_id, evaluation_id, goal_id),
  FOREIGN KEY (tenant_id, evaluation_id) REFERENCES coaching_evaluations(tenant_id, id),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES coaching_goals(tenant_id, id)
);
SELECT app_enable_tenant_rls('coaching_evaluation_goals');

-- The end of a worker's trajectory: one exit per agreement.
CREATE TABLE coaching_exits (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  reason text NOT NULL CHECK (reason IN ('job_found', 'training', 'other_programme', 'health', 'stopped', 'agreement_ended')),
  exit_date date NOT NULL,
  -- exit_date + 9 months (followUpDueOn in packages/domain), kept so the worklist and SMS can query it.
  follow_up_due_on date NOT NULL CHECK (follow_up_due_on > exit_date),
  notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 4000),
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, agreement_id) REFERENCES worker_agreements(tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES staff(tenant_id, id)
);
CREATE UNIQUE INDEX coaching_exits_agreement_uq ON coaching_exits (tenant_id, agreement_id);
CREATE INDEX coaching_exits_follow_up_idx ON coaching_exits (tenant_id, follow_up_due_on);
SELECT app_enable_tenant_rls('coaching_exits');

-- The worker's situation after the exit. Several answers may exist (a consultant's and an SMS one);
-- the latest recorded_at counts. recorded_by is the staff member for 'consultant', NULL for 'sms'.
CREATE TABLE coaching_follow_ups (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  exit_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  situation text NOT NULL CHECK (situation IN ('in_work', 'training', 'none', 'unknown')),
  source text NOT NULL CHECK (source IN ('consultant', 'sms')),
  recorded_on date NOT NULL,
  recorded_by uuid,
  notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 4000),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, exit_id) REFERENCES coaching_exits(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES staff(tenant_id, id),
  CHECK ((source = 'consultant') = (recorded_by IS NOT NULL))
);
CREATE INDEX coaching_follow_ups_exit_idx ON coaching_follow_ups (tenant_id, exit_id, recorded_at);
SELECT app_enable_tenant_rls('coaching_follow_ups');
