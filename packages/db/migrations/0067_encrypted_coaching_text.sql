-- Issue 20, encryption at rest: the rest of a coaching trajectory's free text — the intake
-- (starting_situation, learning_wishes), the actions agreed in a conversation (description) and the
-- per-goal evaluation notes (note) — is stored as envelopes (packages/crypto), written by the API
-- and by the data migration (packages/db/src/encryption, run by migrate()), like the notes of 0059.
-- An envelope is longer than its text: the length limits stay in the API's schemas (4000, 1000, 2000).
ALTER TABLE coaching_intakes DROP CONSTRAINT IF EXISTS coaching_intakes_starting_situation_check;
ALTER TABLE coaching_intakes DROP CONSTRAINT IF EXISTS coaching_intakes_learning_wishes_check;
ALTER TABLE coaching_actions DROP CONSTRAINT IF EXISTS coaching_actions_description_check;
ALTER TABLE coaching_evaluation_goals DROP CONSTRAINT IF EXISTS coaching_evaluation_goals_note_check;
