import { sql } from "drizzle-orm";
import { message, type LoaderTable } from "../loader.ts";
import { clientRecipient } from "../recipients.ts";

/**
 * Issue 19: the client is told in plain words who comes next and from when (first names only), in
 * their language; nothing when the handover was cancelled meanwhile.
 */
export const HANDOVER_LOADERS: LoaderTable<"handover.announced"> = {
  "handover.announced": async ({ tx, payload }) => {
    const [h] = await tx.execute<{ leaving: string; successor: string }>(sql`
      SELECT lw.first_name AS leaving, sw.first_name AS successor FROM handovers h
        JOIN workers lw ON lw.tenant_id = h.tenant_id AND lw.id = h.leaving_worker_id
        JOIN workers sw ON sw.tenant_id = h.tenant_id AND sw.id = h.successor_id
       WHERE h.tenant_id = app_current_tenant() AND h.id = ${payload.handoverId} AND h.status <> 'cancelled'`);
    const client = await clientRecipient(tx, payload.clientId);
    if (!h || !client) return [];
    return [message("handover.announced", client, { leavingName: h.leaving, successorName: h.successor, startsOn: payload.startsOn })];
  },
};
