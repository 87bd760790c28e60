-- app_payout_generate(p_run uuid) RETURNS TABLE (line_count integer, total_cents bigint)
-- Rule copy: worker pay and travel allowance (RULES §2 S8, S9), a labelled copy of the domain's workerPayCents + travelAllowanceCents (money/); bound by services/api/test/payout-pricing-property.test.ts.
-- 3. Generation. Runs of one tenant are generated one at a time (advisory lock), each statement
-- in READ COMMITTED so it sees every run committed before the lock was granted.
-- Raises: WW409; app_payout_generate needs a tenant; app_payout_generate runs in READ COMMITTED, not %; check_violation; month % is locked by the approved run of %; no travel rate for year of %; no_data_found; payout run % is %; payout run % not found
-- Live definition (was last defined in migrations/0018_payout_settlement.sql); applied after every migration run by src/migrate.ts.
CREATE OR REPLACE FUNCTION app_payout_generate(p_run uuid) RETURNS TABLE (line_count integer, total_cents bigint)
-- Custom plans only: after five calls on one connection PL/pgSQL may switch to a generic plan,
-- which guesses 10 pairs instead of 20 000 and rescans a month's entries once per pair (measured:
-- 0.35 s → 230 s). Planning each call costs a few milliseconds. No JIT: the cost estimates of
-- these CTEs pass jit_optimize_above_cost, and compiling took 0.9 s for a run that executes in
-- 25 ms (2 000 workers).
LANGUAGE plpgsql SET work_mem = '64MB' SET plan_cache_mode = force_custom_plan SET jit = off SET enable_nestloop = on AS $$
#variable_conflict use_column
DECLARE
  v_tenant uuid := app_current_tenant();
  v_run payout_runs%ROWTYPE;
  v_month date;
  v_locked text;
  v_missing date;
  v_workers uuid[];
  v_months date[];
  v_marks bigint[];
  v_distinct_months date[];
  v_count integer;
  v_total bigint;
BEGIN
  IF v_tenant IS NULL THEN RAISE EXCEPTION 'app_payout_generate needs a tenant'; END IF;
  -- A snapshot older than the lock would not see the lines of the run generated just before.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'app_payout_generate runs in READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('payout-runs'), hashtext(v_tenant::text));
  SELECT * INTO v_run FROM payout_runs r WHERE r.tenant_id = v_tenant AND r.id = p_run FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'payout run % not found', p_run USING ERRCODE = 'no_data_found'; END IF;
  IF v_run.status <> 'draft' THEN RAISE EXCEPTION 'payout run % is %', p_run, v_run.status USING ERRCODE = 'check_violation'; END IF;
  SELECT r.month INTO v_locked FROM payout_runs r WHERE r.tenant_id = v_tenant AND r.month >= v_run.month AND r.status <> 'draft' ORDER BY r.month DESC LIMIT 1;
  IF v_locked IS NOT NULL THEN
    RAISE EXCEPTION 'month % is locked by the approved run of %', v_run.month, v_locked USING ERRCODE = 'WW409', HINT = v_locked;
  END IF;
  v_month := (v_run.month || '-01')::date;

  -- Which pairs to settle: those queued up to this month, and those this draft settled before
  -- (a refresh recomputes them). The marks read here are the versions removed at the end.
  WITH old AS (
    DELETE FROM payout_lines l WHERE l.tenant_id = v_tenant AND l.run_id = p_run RETURNING l.worker_id, l.work_month
  ), pending AS (
    SELECT p.worker_id, p.work_month, p.mark FROM payout_pending p WHERE p.tenant_id = v_tenant AND p.work_month <= v_month
  ), pairs AS (
    SELECT COALESCE(p.worker_id, o.worker_id) AS worker_id, COALESCE(p.work_month, o.work_month) AS work_month, p.mark
    FROM pending p FULL JOIN (SELECT DISTINCT o.worker_id, o.work_month FROM old o WHERE o.work_month IS NOT NULL) o
      ON o.worker_id = p.worker_id AND o.work_month = p.work_month
  )
  SELECT array_agg(worker_id), array_agg(work_month), array_agg(mark) INTO v_workers, v_months, v_marks FROM pairs;
  -- A constant for the planner below (an ARRAY(subquery) there made it scan every tenant's lines).
  SELECT COALESCE(array_agg(DISTINCT m), '{}') INTO v_distinct_months FROM unnest(v_months) m;

  -- Only months whose year has no travel rate need a look at their entries (normally none).
  IF EXISTS (SELECT 1 FROM unnest(v_distinct_months) m WHERE NOT EXISTS (SELECT 1 FROM travel_rates tr WHERE tr.year = extract(year FROM m)::integer)) THEN
    SELECT min(te.work_date) INTO v_missing
    FROM unnest(v_workers, v_months) c(worker_id, work_month)
    JOIN time_entries te ON te.tenant_id = v_tenant AND te.worker_id = c.worker_id
      AND te.work_date >= c.work_month AND te.work_date < (c.work_month + interval '1 month')::date
    WHERE NOT EXISTS (SELECT 1 FROM travel_rates tr WHERE tr.year = extract(year FROM c.work_month)::integer)
      AND te.status = 'confirmed' AND te.travel_tenths_km > 100;
    IF v_missing IS NOT NULL THEN
      RAISE EXCEPTION 'no travel rate for year of %', v_missing USING ERRCODE = 'no_data_found';
    END IF;
  END IF;

  -- Joins of thousands of pairs: hash joins only. With statistics that do not know this tenant
  -- yet (a new tenant looks empty until the next ANALYZE) the planner chose per-pair index scans
  -- on the wrong index, 52 s instead of 0.4 s. The per-month scans above stay nested (LATERAL).
  PERFORM set_config('enable_nestloop', 'off', true);
  -- Due per pair: pay = vouchers (one per started hour, RULES §2) × the hourly amount of the
  -- month's first settlement (this run's snapshot for a month never paid before), so a later
  -- change of the setting never re-prices a month that was paid; travel per entry = round trip ×
  -- the rate of the entry's year, only above 10 km, half-up to cents (domain travelAllowanceCents).
  WITH pairs AS (
    SELECT * FROM unnest(v_workers, v_months) c(worker_id, work_month)
  ), months AS (
    -- A month with many pairs (the run's own month) is read with one index range scan; the few
    -- pairs of an older month (late entries, corrections) by worker within that month.
    SELECT c.work_month, count(*) >= 500 AS dense, array_agg(c.worker_id) AS workers FROM pairs c GROUP BY c.work_month
  ), month_entries AS (
    -- One scan per month (OFFSET 0 keeps it so), never one over all history or one per pair.
    SELECT m.work_month, te.* FROM months m
    JOIN LATERAL (
      SELECT te.id, te.worker_id, te.work_date, te.minutes, te.vouchers, te.travel_tenths_km FROM time_entries te
      WHERE te.tenant_id = v_tenant AND te.status = 'confirmed' AND te.work_date >= m.work_month AND te.work_date < (m.work_month + interval '1 month')::date
      OFFSET 0
    ) te ON true
    WHERE m.dense
    UNION ALL
    SELECT m.work_month, te.* FROM months m
    JOIN LATERAL (
      SELECT te.id, te.worker_id, te.work_date, te.minutes, te.vouchers, te.travel_tenths_km FROM time_entries te
      WHERE te.tenant_id = v_tenant AND te.worker_id = ANY (m.workers) AND te.work_date >= m.work_month AND te.work_date < (m.work_month + interval '1 month')::date
        AND te.status = 'confirmed'
      OFFSET 0
    ) te ON true
    WHERE NOT m.dense
  ), due AS (
    -- Summed per worker and month before meeting the pairs: a month's entries are hashed once,
    -- not sorted; a worker of a dense month whose pair is not queued is dropped by the join below.
    SELECT e.worker_id, e.work_month, count(*)::integer AS entry_count, sum(e.minutes)::integer AS minutes, sum(e.vouchers)::integer AS vouchers,
           sum(CASE WHEN e.travel_tenths_km <= 100 THEN 0 ELSE (e.travel_tenths_km * tr.cents_per_100km + 500) / 1000 END)::integer AS travel_cents,
           array_agg(e.id) AS entry_ids
    FROM month_entries e
    LEFT JOIN travel_rates tr ON tr.year = extract(year FROM e.work_date)::integer
    WHERE NOT EXISTS (SELECT 1 FROM time_entries k WHERE k.tenant_id = v_tenant AND k.corrects_entry_id = e.id AND k.status <> 'cancelled')
    GROUP BY e.worker_id, e.work_month
  ), paid AS (
    -- What other runs paid for these months (payout_lines_settlement_key, month first).
    SELECT l.worker_id, l.work_month, sum(l.entry_count)::integer AS entry_count, sum(l.minutes)::integer AS minutes, sum(l.vouchers)::integer AS vouchers,
           sum(l.pay_cents)::integer AS pay_cents, sum(l.travel_cents)::integer AS travel_cents, max(l.settlement_no) AS last_no, min(l.hourly_cents) AS hourly_cents
    FROM payout_lines l
    WHERE l.tenant_id = v_tenant AND l.work_month = ANY (v_distinct_months) AND l.run_id <> p_run
    GROUP BY l.worker_id, l.work_month
  ), delta AS (
    SELECT c.worker_id, c.work_month, COALESCE(p.hourly_cents, v_run.hourly_cents) AS hourly_cents, COALESCE(p.last_no, 0) + 1 AS settlement_no,
           COALESCE(d.entry_count, 0) - COALESCE(p.entry_count, 0) AS entry_count,
           COALESCE(d.minutes, 0) - COALESCE(p.minutes, 0) AS minutes,
           COALESCE(d.vouchers, 0) - COALESCE(p.vouchers, 0) AS vouchers,
           COALESCE(d.vouchers, 0) * COALESCE(p.hourly_cents, v_run.hourly_cents) - COALESCE(p.pay_cents, 0) AS pay_cents,
           COALESCE(d.travel_cents, 0) - COALESCE(p.travel_cents, 0) AS travel_cents,
           COALESCE(d.entry_ids, '{}') AS entry_ids
    FROM pairs c
    LEFT JOIN due d ON d.worker_id = c.worker_id AND d.work_month = c.work_month
    LEFT JOIN paid p ON p.worker_id = c.worker_id AND p.work_month = c.work_month
  ), carry AS (
    -- Negative remainders of approved runs that no other run has carried yet.
    SELECT c.from_run_id AS run_id, c.worker_id, c.pay_cents, c.travel_cents FROM payout_carries c
    WHERE c.tenant_id = v_tenant
      AND NOT EXISTS (SELECT 1 FROM payout_lines k WHERE k.tenant_id = v_tenant AND k.carried_from_run_id = c.from_run_id AND k.worker_id = c.worker_id AND k.run_id <> p_run)
  ), items AS (
    SELECT d.worker_id, CASE WHEN d.work_month = v_month THEN 'regular' ELSE 'adjustment' END AS kind, d.work_month, d.settlement_no, d.hourly_cents,
           NULL::uuid AS carried_from_run_id, d.entry_count, d.minutes, d.vouchers, d.pay_cents, d.travel_cents, d.entry_ids
    FROM delta d WHERE (d.entry_count, d.minutes, d.vouchers, d.pay_cents, d.travel_cents) <> (0, 0, 0, 0, 0)
    UNION ALL
    SELECT c.worker_id, 'carried', NULL, NULL, v_run.hourly_cents, c.run_id, 0, 0, 0, c.pay_cents, c.travel_cents, NULL
    FROM carry c
  ), ins AS (
    INSERT INTO payout_lines (tenant_id, id, run_id, worker_id, kind, work_month, settlement_no, hourly_cents, carried_from_run_id,
                              entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents, iban, iban_masked, name, end_to_end_id, entry_ids)
    SELECT v_tenant, gen_random_uuid(), p_run, i.worker_id, i.kind, i.work_month, i.settlement_no, i.hourly_cents, i.carried_from_run_id,
           i.entry_count, i.minutes, i.vouchers, i.pay_cents, i.travel_cents, i.pay_cents + i.travel_cents, w.iban, w.iban_masked, w.first_name || ' ' || w.last_name,
           -- A worker's lines are numbered together, the regular line (latest month) first: the SEPA transfer uses it.
           'WW-' || v_run.month || '-' || lpad((row_number() OVER (ORDER BY w.last_name, w.first_name, i.worker_id, i.work_month DESC NULLS LAST, i.carried_from_run_id))::text, 7, '0'),
           i.entry_ids
    FROM items i JOIN workers w ON w.tenant_id = v_tenant AND w.id = i.worker_id
    RETURNING payout_lines.total_cents
  )
  SELECT count(*)::integer, COALESCE(sum(ins.total_cents), 0)::bigint INTO v_count, v_total FROM ins;
  PERFORM set_config('enable_nestloop', 'on', true);

  -- The pairs are settled: remove the queue rows read above, unless they changed since. A row that
  -- a time-entry transaction is changing right now is locked: skip it rather than wait (and never
  -- deadlock with it); it stays queued and the next run settles it again.
  -- (By ctid of the rows locked here: a locked row cannot move, and an IN (… FOR UPDATE) subquery
  -- is re-run per queue row under row-level security: 30 s instead of 10 ms for 40 000 rows.)
  WITH settled AS (
    SELECT q.ctid AS row_id FROM payout_pending q
    JOIN unnest(v_workers, v_months, v_marks) c(worker_id, work_month, mark) ON q.worker_id = c.worker_id AND q.work_month = c.work_month AND q.mark = c.mark
    WHERE q.tenant_id = v_tenant
    FOR UPDATE OF q SKIP LOCKED
  )
  DELETE FROM payout_pending p USING settled s WHERE p.ctid = s.row_id;

  UPDATE payout_runs r SET line_count = v_count, total_cents = v_total, generated_at = now() WHERE r.tenant_id = v_tenant AND r.id = p_run;
  RETURN QUERY SELECT v_count, v_total;
END $$;
