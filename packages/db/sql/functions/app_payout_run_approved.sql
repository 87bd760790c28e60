-- app_payout_run_approved() RETURNS trigger
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_run_approved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO payout_carries (tenant_id, from_run_id, worker_id, pay_cents, travel_cents)
  SELECT l.tenant_id, l.run_id, l.worker_id, sum(l.pay_cents), sum(l.travel_cents)
  FROM payout_lines l WHERE l.tenant_id = NEW.tenant_id AND l.run_id = NEW.id
  GROUP BY l.tenant_id, l.run_id, l.worker_id HAVING sum(l.total_cents) < 0;
  RETURN NULL;
END $$;
