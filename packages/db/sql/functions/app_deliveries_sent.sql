-- app_deliveries_sent(p_tenant uuid, p_ids uuid[], p_provider_ids text[], p_scrub uuid[]) RETURNS integer
-- Issue 22, the worker's send path (services/worker/src/notifications/send-batch.ts): marks the
-- deliveries of one tenant that the provider accepted as sent, each with its own provider id
-- (p_provider_ids in the order of p_ids; '' for none). The texts of those in p_scrub (sign-in
-- codes) are dropped. One statement that binds the tenant itself (app_use_tenant): its own
-- transaction, one round trip for the whole group. Returns how many rows it marked.
CREATE OR REPLACE FUNCTION app_deliveries_sent(p_tenant uuid, p_ids uuid[], p_provider_ids text[], p_scrub uuid[]) RETURNS integer
-- The same shape on every call: planning it for each array cost more than running it.
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  n integer;
BEGIN
  PERFORM app_use_tenant(p_tenant);
  -- `d.id = ANY (p_ids)` gives the planner the primary-key path; the join only hands out the values.
  UPDATE deliveries d
     SET status = 'sent', provider_id = NULLIF(v.provider_id, ''), sent_at = now(), last_error = NULL, updated_at = now(),
         body_text = CASE WHEN d.id = ANY (p_scrub) THEN NULL ELSE d.body_text END,
         body_html = CASE WHEN d.id = ANY (p_scrub) THEN NULL ELSE d.body_html END
    FROM unnest(p_ids, p_provider_ids) AS v(id, provider_id)
   WHERE d.tenant_id = app_current_tenant() AND d.id = ANY (p_ids) AND d.id = v.id;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $fn$;
