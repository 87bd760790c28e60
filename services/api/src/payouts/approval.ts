import type { Database } from "@wijkwerk/db";
import { approvalRefusal, legalMonthlyPayMaxCents } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { loadSettings } from "../settings-store.ts";
import { workersWithInvalidIban } from "./ibans.ts";
import * as approvalRepo from "./approval-repository.ts";
import * as repo from "./repository.ts";
import { loadRun } from "./runs.ts";

const LARGEST = 5;

/**
 * What the second person reads before approving a run (issue 18): the totals, who prepared it and
 * whether the reader may approve it, accounts that will fail, the largest transfers, lines above
 * the legal maximum for a month's work, and the difference with the month before.
 */
export async function approvalSummary(ctx: TenantContext, database: Database, runId: string) {
  const run = await loadRun(ctx, runId);
  const sums = await repo.transferTotals(ctx.tx, run.id);
  const largest = await approvalRepo.largestTransfers(ctx.tx, run.id, LARGEST);
  const maxPayCents = legalMonthlyPayMaxCents(run.hourly_cents);
  const above = await approvalRepo.linesPayingAbove(ctx.tx, run.id, maxPayCents);
  const previous = await approvalRepo.previousRun(ctx.tx, run.month);
  const { fourEyesAboveCents } = await loadSettings(ctx.tx, ctx.tenantId);
  const names = await approvalRepo.staffNames(ctx.tx, [run.prepared_by]);
  const totalCents = Number(run.total_cents);
  const refusal = approvalRefusal({ preparedBy: run.prepared_by, approvedBy: ctx.actor.sub, amountCents: totalCents, fourEyesAboveCents });
  return {
    runId: run.id,
    month: run.month,
    status: run.status,
    totalCents,
    lineCount: run.line_count,
    transferCount: sums.count,
    transferCents: sums.sumCents,
    preparedBy: { id: run.prepared_by, name: names.get(run.prepared_by) ?? null },
    fourEyes: { aboveCents: fourEyesAboveCents, required: totalCents > fourEyesAboveCents, youMayApprove: refusal === undefined },
    invalidIbans: run.status === "draft" ? await workersWithInvalidIban(database, ctx.tenantId, run.id, 20) : [],
    largest: largest.map((l) => ({ workerId: l.worker_id, name: l.name, totalCents: Number(l.net), minutes: Number(l.minutes) })),
    aboveLegalMaximum: above.map((l) => ({
      workerId: l.worker_id,
      name: l.name,
      workMonth: l.work_month === null ? null : l.work_month.slice(0, 7),
      payCents: l.pay_cents,
      maxPayCents,
    })),
    previous: previous ? { month: previous.month, totalCents: Number(previous.total_cents), lineCount: previous.line_count } : null,
    differenceCents: previous ? totalCents - Number(previous.total_cents) : null,
  };
}
