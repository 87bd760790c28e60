-- Issue 20, "Consent and preferences": a person's own quiet hours for SMS, next to the channel
-- opt-outs that exist since 0002. Minutes after midnight, Europe/Brussels wall-clock time; both
-- NULL = only the organisation's quiet hours. A window may cross midnight (1260 → 480 = 21:00–08:00).
ALTER TABLE workers
  ADD COLUMN quiet_from smallint CHECK (quiet_from BETWEEN 0 AND 1439),
  ADD COLUMN quiet_until smallint CHECK (quiet_until BETWEEN 0 AND 1439),
  ADD CONSTRAINT workers_quiet_window CHECK ((quiet_from IS NULL AND quiet_until IS NULL) OR (quiet_from IS NOT NULL AND quiet_until IS NOT NULL AND quiet_from <> quiet_until));
ALTER TABLE clients
  ADD COLUMN quiet_from smallint CHECK (quiet_from BETWEEN 0 AND 1439),
  ADD COLUMN quiet_until smallint CHECK (quiet_until BETWEEN 0 AND 1439),
  ADD CONSTRAINT clients_quiet_window CHECK ((quiet_from IS NULL AND quiet_until IS NULL) OR (quiet_from IS NOT NULL AND quiet_until IS NOT NULL AND quiet_from <> quiet_until));
