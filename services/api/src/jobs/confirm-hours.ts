import { sql } from "drizzle-orm";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { confirm } from "../time-entries/review.ts";
import { visibleJob } from "./access.ts";

/**
 * Issue 19, collective deployment: the organisation confirms the hours of the whole team at once.
 * Every submitted (or waiting-for-vouchers) entry of the job and, for the first job of a series, of
 * its occurrences, with a work date in [from, to], is confirmed through the one per-entry rule
 * (time-entries/review.ts confirm: access, state, vouchers oldest expiry first, job completion). All
 * or nothing: the caller's transaction rolls back when one entry is refused. An entry the wallet
 * cannot cover waits for vouchers, exactly as when it is confirmed on its own.
 */
export async function confirmJobHours(ctx: TenantContext, jobId: string, period: { from?: string | undefined; to?: string | undefined }) {
  const job = await visibleJob(ctx.tx, ctx.actor, jobId);
  if (period.from && period.to && period.to < period.from)
    throw new AppError("validation.failed", "De periode eindigt vóór ze begint.", {
      errors: [{ path: "to", message: "Kies een einddatum na de begindatum." }],
    });
  const ids = await ctx.tx.execute<{ id: string }>(sql`
    SELECT te.id FROM time_entries te
      JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
      JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
     WHERE te.tenant_id = app_current_tenant() AND (j.id = ${job.id} OR j.parent_job_id = ${job.id})
       AND te.status IN ('submitted', 'awaiting_vouchers')
       ${period.from ? sql`AND te.work_date >= ${period.from}::date` : sql``}
       ${period.to ? sql`AND te.work_date <= ${period.to}::date` : sql``}
     ORDER BY te.work_date, te.created_at, te.id`);
  if (ids.length === 0)
    throw new AppError("time_entry.none_to_confirm", "Er zijn geen ingegeven uren die nog op bevestiging wachten voor deze klus en periode.");
  let confirmed = 0;
  let awaitingVouchers = 0;
  for (const { id } of ids) {
    const out = await confirm(ctx, id);
    if (out.status === "confirmed") confirmed += 1;
    else awaitingVouchers += 1;
  }
  return { confirmed, awaitingVouchers, entryIds: ids.map((r) => r.id) };
}
