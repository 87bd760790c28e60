import { sql } from "drizzle-orm";
import { brusselsDateOf, payoutDateOf, resolveSettings } from "@wijkwerk/domain";
import { message, web, type LoaderTable } from "../loader.ts";
import { workerRecipient } from "../recipients.ts";

/**
 * Issue 18: a payout run was approved (one outbox row per run): every worker whose lines in it add
 * up to more than 0 — the workers the SEPA file pays — gets one SMS and one mail with their amount
 * and the day it is paid. A worker whose lines add up to 0 or less gets no transfer and no message.
 */
export const PAYOUT_LOADERS: LoaderTable<"payout.approved"> = {
  "payout.approved": async ({ tx, payload, config, now }) => {
    const [run] = await tx.execute<{ month: string; status: string; approved_at: string | null; settings: Record<string, unknown> | null }>(sql`
      SELECT r.month, r.status, r.approved_at, t.settings
        FROM payout_runs r JOIN tenants t ON t.id = r.tenant_id
       WHERE r.tenant_id = app_current_tenant() AND r.id = ${payload.runId}`);
    // Deleted or (impossible once approved) back to draft: nobody is told.
    if (!run || run.status === "draft") return [];
    const approvedOn = brusselsDateOf(new Date(run.approved_at ?? now));
    const { payoutDayOfMonth } = resolveSettings(run.settings, approvedOn);
    const scheduled = payoutDateOf(run.month, payoutDayOfMonth);
    // Approved after the calendar's day: paid as soon as it is approved.
    const paidOn = scheduled >= approvedOn ? scheduled : approvedOn;
    const workers = await tx.execute<{ worker_id: string; cents: string }>(sql`
      SELECT worker_id, sum(total_cents)::bigint AS cents FROM payout_lines
       WHERE tenant_id = app_current_tenant() AND run_id = ${payload.runId}
       GROUP BY worker_id HAVING sum(total_cents) > 0 ORDER BY worker_id`);
    const link = web(config, "/werker/geld");
    const out = [];
    for (const w of workers) {
      const recipient = await workerRecipient(tx, w.worker_id);
      if (recipient) out.push(message("payout.approved", recipient, { month: run.month, amountCents: Number(w.cents), paidOn, link }));
    }
    return out;
  },
};
