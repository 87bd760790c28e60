-- Issue 15 item 1: app_worker_minutes (0003) was a second SQL copy of "what counts against the
-- caps", used only by a test. The rule lives in packages/domain (caps/minutes.ts, minutesHeld);
-- the one SQL copy the API reads for speed is 0017's per-month table, bound to the domain by
-- services/api/test/worker-minutes-property.test.ts.
DROP FUNCTION IF EXISTS app_worker_minutes(uuid, timestamptz, timestamptz);
