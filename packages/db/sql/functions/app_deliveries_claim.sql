-- app_deliveries_claim(p_tenant uuid, p_channel text, p_ids uuid[]) RETURNS TABLE (id uuid, event text, channel text, to_address text, subject text, body_text text, body_html text, attempts integer)
-- Issue 22, the worker's send path (services/worker/src/notifications/send-batch.ts): claims the
-- deliveries of one tenant and channel that several send jobs want at the same moment, queued or
-- sending → sending with attempts + 1, and returns the claimed rows. Binds the transaction to the
-- tenant itself (app_use_tenant), so it runs as ONE statement in its own transaction: no BEGIN,
-- set_config or COMMIT round trip, and the claim is committed when the caller has the rows, before
-- anything is sent. A delivery already sent, failed or suppressed is not returned. The rows are
-- locked in primary-key order (the index scan over the id array), so two claims never deadlock.
CREATE OR REPLACE FUNCTION app_deliveries_claim(p_tenant uuid, p_channel text, p_ids uuid[])
RETURNS TABLE (id uuid, event text, channel text, to_address text, subject text, body_text text, body_html text, attempts integer)
-- The same shape on every call: planning it for each array cost more than running it.
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
BEGIN
  PERFORM app_use_tenant(p_tenant);
  RETURN QUERY
    UPDATE deliveries d SET status = 'sending', attempts = d.attempts + 1, updated_at = now()
     WHERE d.tenant_id = app_current_tenant() AND d.id = ANY (p_ids) AND d.channel = p_channel AND d.status IN ('queued', 'sending')
    RETURNING d.id, d.event, d.channel, d.to_address, d.subject, d.body_text, d.body_html, d.attempts;
END $fn$;
