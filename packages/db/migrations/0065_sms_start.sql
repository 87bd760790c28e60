-- Issue 20: "START" by SMS undoes "STOP" (app_sms_opt_in); the stored inbound message says so.
ALTER TABLE sms_inbound DROP CONSTRAINT sms_inbound_interpretation_check;
ALTER TABLE sms_inbound ADD CONSTRAINT sms_inbound_interpretation_check CHECK (interpretation IN ('accept', 'decline', 'stop', 'start', 'unclear'));
ALTER TABLE sms_inbound DROP CONSTRAINT sms_inbound_outcome_check;
ALTER TABLE sms_inbound ADD CONSTRAINT sms_inbound_outcome_check
  CHECK (outcome IN ('accepted', 'declined', 'opted_out', 'opted_in', 'no_open_proposal', 'not_pending', 'job_taken', 'unclear'));
