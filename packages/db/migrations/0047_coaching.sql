-- Issue 19, "wijk-werken +" (RULES §8): a coaching trajectory per worker — intake, goals from a
-- tenant-editable list, coaching conversations with agreed actions, evaluations at tenant-set
-- moments, the exit and a follow-up 9 months later. Seen by the worker's own consultant and admins.

-- The worker's own consultant (NULL = none yet: only admins see the trajectory until one is set).
ALTER TABLE workers ADD COLUMN consultant_id uuid;
ALTER TABLE workers ADD CONSTRAINT workers_consultant_fk FOREIGN KEY (tenant_id, consultant_id) REFERENCES staff(tenant_id, id);
CREATE INDEX workers_consultant_idx ON workers (tenant_id, consultant_id) WHERE consultant_id IS NOT NULL;

-- Per tenant: the evaluation moments (months after the agreement's start, and days before its end).
-- The row's existence also says the default goal list was seeded once (ensureCoachingDefaults).
CREATE TABLE coaching_settings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  evaluation_months smallint[] NOT NULL DEFAULT '{3,6,9}',
  evaluation_before_end_days smallint NOT NULL DEFAULT 30 CHECK (evaluation_before_end_days BETWEEN 0 AND 365),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id),
  CHECK (cardinality(evaluation_months) <= 12)
);
SELECT app_enable_tenant_rls('coaching_settings');

-- The tenant-editable list of competences, attitudes and skills a worker can work towards.
CREATE TABLE coaching_goal_types (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  kind text NOT NULL CHECK (kind IN ('attitude', 'competence', 'skill')),
  active boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX coaching_goal_types_name_uq ON coaching_goal_types (tenant_id, lower(name));
SELECT app_enable_tenant_rls('coaching_goal_types');

-- The intake: one per worker. The referrer (VDAB/OCMW) and referral are on workers (0002, 0030);
-- here the contact person there, the starting situation, languages and what the worker wants to learn.
CREATE TABLE coaching_intakes (
  tenant_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  referrer_contact_name text CHECK (char_length(referrer_contact_name) <= 200),
  referrer_contact_email text CHECK (char_length(referrer_contact_email) <= 200),
  referrer_contact_phone text CHECK (referrer_contact_phone ~ '^\+[1-9][0-9]{7,14}$'),
  starting_situation text NOT NULL CHECK (char_length(starting_situation) <= 4000),
  -- [{ "language": "nl", "level": "A2" }]: ISO 639-1 code and a CEFR level or "native".
  languages jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(languages) = 'array'),
  learning_wishes text NOT NULL CHECK (char_length(learning_wishes) <= 4000),
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, worker_id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES staff(tenant_id, id)
);
SELECT app_enable_tenant_rls('coaching_intakes');

-- A worker's goals: one per goal type, with its status and the consultant's notes.
CREATE TABLE coaching_goals (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  goal_type_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'reached')),
  notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 4000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, goal_type_id) REFERENCES coaching_goal_types(tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES staff(tenant_id, id)
);
CREATE UNIQUE INDEX coaching_goals_worker_type_uq ON coaching_goals (tenant_id, worker_id, goal_type_id);
SELECT app_enable_tenant_rls('coaching_goals');

-- A coaching conversation, held by a staff member, optionally at a zitdag appointment (0016).
CREATE TABLE coaching_conversations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  held_on date NOT NULL,
  staff_id uuid NOT NULL,
  notes text NOT NULL CHECK (char_length(notes) <= 8000),
  appointment_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff(tenant_id, id),
  FOREIGN KEY (tenant_id, appointment_id) REFERENCES appointments(tenant_id, id)
);
CREATE INDEX coaching_conversations_worker_idx ON coaching_conversations (tenant_id, worker_id, held_on);
SELECT app_enable_tenant_rls('coaching_conversations');

-- What was agreed in a conversation, with a due date; done_on is set when it is done.
CREATE TABLE coaching_actions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  conversation_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 1000),
  due_on date NOT NULL,
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES coaching_conversations(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id)
);
CREATE INDEX coaching_actions_worker_idx ON coaching_actions (tenant_id, worker_id, due_on);
SELECT app_enable_tenant_rls('coaching_actions');
