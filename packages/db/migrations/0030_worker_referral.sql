-- Issue 14, RULES §1 (S4, S9): the referral that makes someone a wijk-werker — by VDAB (job seeker)
-- or the OCMW (leefloon), already in `referrer` — with its date and the referrer's reference.
-- NULL for workers registered before this was asked: "not recorded", not "not referred".
ALTER TABLE workers
  ADD COLUMN referral_date date,
  ADD COLUMN referral_reference text CHECK (char_length(referral_reference) <= 100);
