-- Issue 14, RULES §1: an agreement after another one within a trajectory is a re-referral
-- ("hertoeleiding"): the referrer's new referral is recorded with it. An agreement without the
-- 12-month limit (legacy_pwa) records the date of the PWA agreement the person had on 30-09-2017.
-- Rows from before keep NULL ("not recorded"); new ones must have them (NOT VALID: checked from now on).
ALTER TABLE worker_agreements
  ADD COLUMN pwa_agreement_date date CHECK (pwa_agreement_date <= DATE '2017-09-30'),
  ADD COLUMN re_referral_date date,
  ADD COLUMN re_referred_by text CHECK (re_referred_by IN ('vdab', 'ocmw')),
  ADD CONSTRAINT worker_agreements_re_referral_whole CHECK ((re_referral_date IS NULL) = (re_referred_by IS NULL));
ALTER TABLE worker_agreements ADD CONSTRAINT worker_agreements_pwa_date CHECK (NOT legacy_pwa OR pwa_agreement_date IS NOT NULL) NOT VALID;
