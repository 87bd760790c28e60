-- app_payout_mark(p_tenant uuid, p_worker uuid, p_date date) RETURNS void
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_mark(p_tenant uuid, p_worker uuid, p_date date) RETURNS void LANGUAGE sql AS $$
  INSERT INTO payout_pending AS p (tenant_id, worker_id, work_month)
  VALUES (p_tenant, p_worker, date_trunc('month', p_date)::date)
  ON CONFLICT (tenant_id, worker_id, work_month) DO UPDATE SET mark = EXCLUDED.mark
$$;
