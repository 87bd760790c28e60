import { UnrecoverableError } from "bullmq";
import { sql } from "drizzle-orm";
import { pgError } from "@wijkwerk/db";
import { payloadProblem, QUEUES, type PayloadOf } from "@wijkwerk/queue";
import { registerProcessors, type ProcessorDeps } from "./index.ts";

export interface RegenerateResult {
  runId: string;
  skipped?: "not_found" | "not_draft" | "month_locked";
  lineCount?: number;
  totalCents?: number;
}

/** SQLSTATE of app_payout_generate for "a run of this or a later month is approved" (migration 0018). */
const MONTH_LOCKED = "WW409";

/**
 * Recomputes a draft payout run (POST /v1/payout-runs/{id}/regenerate). The work is one set-based
 * SQL function, so a retry after a crash simply recomputes the draft again: idempotent. A run that
 * was approved in the meantime, or whose month was locked by a later approved run, is left alone.
 */
export async function regeneratePayoutRun(deps: ProcessorDeps, tenantId: string, runId: string): Promise<RegenerateResult> {
  try {
    return await regenerate(deps, tenantId, runId);
  } catch (err) {
    if (pgError(err)?.code === MONTH_LOCKED) return { runId, skipped: "month_locked" };
    throw err;
  }
}

async function regenerate(deps: ProcessorDeps, tenantId: string, runId: string): Promise<RegenerateResult> {
  return deps.database.withTenant(tenantId, async (tx) => {
    const rows = await tx.execute<{ status: string }>(sql`SELECT status FROM payout_runs WHERE tenant_id = ${tenantId} AND id = ${runId} FOR UPDATE`);
    const run = rows[0];
    if (!run) return { runId, skipped: "not_found" as const };
    if (run.status !== "draft") return { runId, skipped: "not_draft" as const };
    const [out] = await tx.execute<{ line_count: number; total_cents: string }>(sql`SELECT line_count, total_cents FROM app_payout_generate(${runId})`);
    return { runId, lineCount: out?.line_count ?? 0, totalCents: Number(out?.total_cents ?? 0) };
  });
}

registerProcessors(QUEUES.payouts, {
  regenerate: async (job, deps) => {
    const problem = payloadProblem("payouts/regenerate", job.data);
    if (problem || typeof job.data?.tenantId !== "string") throw new UnrecoverableError(`payouts/regenerate: payload ${problem ?? "/tenantId: missing"}`);
    const { tenantId, runId } = job.data as PayloadOf<"payouts/regenerate"> & { tenantId: string };
    return regeneratePayoutRun(deps, tenantId, runId);
  },
});
