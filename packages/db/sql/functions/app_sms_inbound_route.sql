-- app_sms_inbound_route(p_phone text) RETURNS TABLE (tenant_id uuid, worker_id uuid)
-- Issue 17, "answer by replying": an inbound SMS names only a phone number, which may belong to
-- workers of several tenants. Pick the worker with the most recently proposed open proposal
-- (status proposed, not expired); without one, the most recently created worker record. Returns
-- only the two ids (or no row); everything else is read under that tenant's RLS.
CREATE OR REPLACE FUNCTION app_sms_inbound_route(p_phone text) RETURNS TABLE (tenant_id uuid, worker_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT w.tenant_id, w.id
    FROM workers w
    LEFT JOIN LATERAL (
      SELECT max(a.created_at) AS proposed_at FROM assignments a
       WHERE a.tenant_id = w.tenant_id AND a.worker_id = w.id AND a.status = 'proposed' AND (a.expires_at IS NULL OR a.expires_at > now())
    ) open ON true
   WHERE w.phone = p_phone
   ORDER BY open.proposed_at DESC NULLS LAST, w.created_at DESC, w.id
   LIMIT 1 $$;
