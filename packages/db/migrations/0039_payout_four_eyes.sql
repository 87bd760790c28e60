-- Issue 18, four eyes on money: who prepared a payout run (computed it last) is kept apart from
-- who created it, so the approver can be checked against the person whose figures they approve.
-- Existing runs were prepared by their creator.
ALTER TABLE payout_runs ADD COLUMN prepared_by text;
UPDATE payout_runs SET prepared_by = created_by;
ALTER TABLE payout_runs ALTER COLUMN prepared_by SET NOT NULL;
