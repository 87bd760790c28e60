-- Training (opleidingen) with sessions, capacity and a waitlist; office hours (zitdagen) with
-- bookable slots and walk-ins (RULES.md §7, §8). Times are instants; recurrences are stored as
-- Brussels wall-clock rules and expanded by packages/domain (schedule).

CREATE TABLE trainings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) > 0),
  skill_id uuid NOT NULL,
  description text NOT NULL DEFAULT '',
  duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, skill_id) REFERENCES skills(tenant_id, id)
);
CREATE INDEX trainings_skill_idx ON trainings (tenant_id, skill_id);
SELECT app_enable_tenant_rls('trainings');

CREATE TABLE training_sessions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  training_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  location text NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  trainer text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, training_id) REFERENCES trainings(tenant_id, id)
);
CREATE INDEX training_sessions_time_idx ON training_sessions (tenant_id, starts_at);
SELECT app_enable_tenant_rls('training_sessions');

-- One row per worker per session; `position` is the arrival order, assigned under the session
-- row lock, so the waitlist is served first come, first served.
CREATE TABLE training_enrollments (
  tenant_id uuid NOT NULL,
  session_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'cancelled', 'attended', 'absent')),
  position integer NOT NULL CHECK (position > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, session_id, worker_id),
  FOREIGN KEY (tenant_id, session_id) REFERENCES training_sessions(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id)
);
CREATE INDEX training_enrollments_waitlist_idx ON training_enrollments (tenant_id, session_id, position) WHERE status = 'waitlisted';
CREATE INDEX training_enrollments_worker_idx ON training_enrollments (tenant_id, worker_id);
SELECT app_enable_tenant_rls('training_enrollments');

-- A zitdag series: rrule + first_date give the days, start/end time the wall-clock hours.
CREATE TABLE office_hours (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  neighbourhood_id uuid NOT NULL,
  location text NOT NULL,
  rrule text NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL CHECK (end_time > start_time),
  slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 1440),
  consultant_id uuid NOT NULL,
  first_date date NOT NULL,
  until date CHECK (until IS NULL OR until >= first_date),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods(tenant_id, id),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES staff(tenant_id, id)
);
CREATE INDEX office_hours_neighbourhood_idx ON office_hours (tenant_id, neighbourhood_id);
SELECT app_enable_tenant_rls('office_hours');

-- Booked appointments own one slot (starts_at/ends_at); walk-ins only have a day and a queue number.
CREATE TABLE appointments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  office_hours_id uuid NOT NULL,
  day date NOT NULL,
  starts_at timestamptz,
  ends_at timestamptz,
  queue_number integer,
  client_id uuid,
  worker_id uuid,
  name text,
  phone text CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
  topic text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('booked', 'walk_in')),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'no_show', 'cancelled')),
  created_by_type text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, office_hours_id) REFERENCES office_hours(tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  CHECK (kind = 'walk_in' OR (starts_at IS NOT NULL AND ends_at > starts_at)),
  CHECK (kind = 'booked' OR queue_number IS NOT NULL),
  CHECK (client_id IS NOT NULL OR worker_id IS NOT NULL OR name IS NOT NULL)
);
-- One live booking per slot, enforced by the database even when bookings race (409 appointment.slot_taken).
CREATE UNIQUE INDEX appointments_slot_uq ON appointments (tenant_id, office_hours_id, starts_at) WHERE kind = 'booked' AND status <> 'cancelled';
CREATE UNIQUE INDEX appointments_walk_in_queue_uq ON appointments (tenant_id, office_hours_id, day, queue_number) WHERE kind = 'walk_in';
CREATE INDEX appointments_day_idx ON appointments (tenant_id, office_hours_id, day);
SELECT app_enable_tenant_rls('appointments');
