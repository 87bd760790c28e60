-- Issue 20, encryption at rest: the notes of a coaching trajectory (conversations, goals,
-- evaluations, the exit and its follow-ups) are stored as envelopes (packages/crypto), written by
-- the API and by the data migration (packages/db/src/encryption, run by migrate()). An envelope is
-- longer than its text: the length limits move to the API's schemas (4000 / 8000 characters).
ALTER TABLE coaching_conversations DROP CONSTRAINT IF EXISTS coaching_conversations_notes_check;
ALTER TABLE coaching_goals DROP CONSTRAINT IF EXISTS coaching_goals_notes_check;
ALTER TABLE coaching_evaluations DROP CONSTRAINT IF EXISTS coaching_evaluations_notes_check;
ALTER TABLE coaching_exits DROP CONSTRAINT IF EXISTS coaching_exits_notes_check;
ALTER TABLE coaching_follow_ups DROP CONSTRAINT IF EXISTS coaching_follow_ups_notes_check;
