-- Re-applied after every migration run: the app role (no BYPASSRLS) gets exactly what it needs.
-- The REVOKEs below make append-only and read-only tables what they are for this role.
GRANT USAGE ON SCHEMA public TO wijkwerk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO wijkwerk_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO wijkwerk_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO wijkwerk_app;
REVOKE UPDATE, DELETE ON audit_log FROM wijkwerk_app;
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM wijkwerk_app;
-- The activity catalogue is shared reference data: read-only for the app role.
REVOKE INSERT, UPDATE, DELETE ON activities FROM wijkwerk_app;
-- The voucher ledger is append-only (DESIGN.md principle 5): corrections are new postings.
REVOKE UPDATE, DELETE ON voucher_movements FROM wijkwerk_app;
-- Travel rates are reference data generated from the domain rule: read-only for the app role.
REVOKE INSERT, UPDATE, DELETE ON travel_rates FROM wijkwerk_app;
-- Per-worker copies kept by triggers (0017): the app role reads them, only the triggers write.
REVOKE INSERT, UPDATE, DELETE ON worker_year_minutes FROM wijkwerk_app;
REVOKE EXECUTE ON FUNCTION app_worker_minutes_add(uuid, uuid, date, integer, integer), app_worker_minutes_entry_delta(time_entries, integer),
  app_worker_minutes_rebuild(uuid), app_worker_profile_refresh(uuid, uuid[]) FROM PUBLIC, wijkwerk_app;
-- Per-entry detail of payout runs from before migration 0018: history, no longer written.
REVOKE INSERT, UPDATE, DELETE ON payout_line_entries FROM wijkwerk_app;
-- Inbound SMS receipts (0035) span tenants: only app_sms_inbound_claim writes them. (Guarded: this
-- file also runs on databases older than 0035, see test/functions-layout.test.ts.)
DO $$ BEGIN
  IF to_regclass('public.sms_inbound_receipts') IS NOT NULL THEN
    REVOKE SELECT, INSERT, UPDATE, DELETE ON sms_inbound_receipts FROM wijkwerk_app;
  END IF;
END $$;
-- A client's credit (0042) is a ledger like the vouchers': corrections are new movements. (Guarded:
-- this file also runs on databases older than 0042.)
DO $$ BEGIN
  IF to_regclass('public.client_credit_movements') IS NOT NULL THEN
    REVOKE UPDATE, DELETE ON client_credit_movements FROM wijkwerk_app;
  END IF;
END $$;
