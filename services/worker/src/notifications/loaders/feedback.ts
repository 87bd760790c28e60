import { sql } from "drizzle-orm";
import { message, type LoaderTable } from "../loader.ts";
import { clientRecipient, workerRecipient } from "../recipients.ts";

/**
 * Issue 19: the one-tap questions. The client's monthly question about a worker's work goes in the
 * ONE channel chosen when it was asked (feedbackChannelOf); the worker's follow-up 9 months after
 * the exit goes by SMS. A question answered (or withdrawn) before it goes out is not sent.
 */
export const FEEDBACK_LOADERS: LoaderTable<"client_feedback.asked" | "exit_follow_up.asked"> = {
  "client_feedback.asked": async ({ tx, payload }) => {
    const [q] = await tx.execute<{ month: string; answered: boolean; first_name: string }>(sql`
      SELECT r.month, r.answered_at IS NOT NULL AS answered, w.first_name
        FROM client_feedback_requests r JOIN workers w ON w.tenant_id = r.tenant_id AND w.id = r.worker_id
       WHERE r.tenant_id = app_current_tenant() AND r.id = ${payload.requestId}`);
    if (!q || q.answered) return [];
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    return [message("client_feedback.asked", client, { workerName: q.first_name, month: q.month, link: payload.shortUrl }, { channels: [payload.channel] })];
  },

  "exit_follow_up.asked": async ({ tx, payload }) => {
    const [q] = await tx.execute<{ answered: boolean }>(sql`
      SELECT answered_at IS NOT NULL AS answered FROM exit_follow_up_requests WHERE tenant_id = app_current_tenant() AND id = ${payload.requestId}`);
    if (!q || q.answered) return [];
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    return [message("exit_follow_up.asked", worker, { link: payload.shortUrl }, { channels: ["sms"] })];
  },
};
