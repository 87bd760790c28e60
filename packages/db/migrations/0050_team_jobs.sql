-- Issue 19, collective deployment at organisations: a job for a school, vzw or local government
-- may ask for a team (workers_needed > 1), with a supervisor contact at the organisation and a task
-- package. The job is assigned only when the team is full (domain work/teams.ts); a job for one
-- worker keeps the old behaviour (assigned at the first acceptance).
ALTER TABLE jobs
  ADD COLUMN workers_needed integer NOT NULL DEFAULT 1 CHECK (workers_needed BETWEEN 1 AND 12),
  ADD COLUMN supervisor_name text CHECK (char_length(supervisor_name) <= 200),
  ADD COLUMN supervisor_phone text CHECK (char_length(supervisor_phone) <= 40),
  ADD COLUMN supervisor_email text CHECK (char_length(supervisor_email) <= 200),
  ADD COLUMN tasks text[] NOT NULL DEFAULT '{}'::text[] CHECK (cardinality(tasks) <= 30);
