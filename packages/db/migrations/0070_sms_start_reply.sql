-- Issue 20: "START" by SMS is answered with one short SMS that says SMS are on again; the stored
-- inbound message names that reply like the others (handle.ts, events/sms.reply).
ALTER TABLE sms_inbound DROP CONSTRAINT sms_inbound_reply_check;
ALTER TABLE sms_inbound ADD CONSTRAINT sms_inbound_reply_check CHECK (reply IN ('accepted', 'declined', 'help', 'taken', 'started'));
