-- Issue 21 (observability): the request id of the change that wrote a message follows it. The API
-- writes it on the outbox row (audit_log.request_id has it since 0001); the relay passes it in the
-- BullMQ job data and the worker writes it on the deliveries it plans. NULL for work the worker
-- starts on its own (schedules, sweeps). At most 64 safe characters (see @wijkwerk/log).
ALTER TABLE outbox ADD COLUMN request_id text CHECK (request_id ~ '^[A-Za-z0-9._:-]{1,64}$');
ALTER TABLE deliveries ADD COLUMN request_id text CHECK (request_id ~ '^[A-Za-z0-9._:-]{1,64}$');
