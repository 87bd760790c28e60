import type { Database } from "@wijkwerk/db";
import { pgError, PG } from "@wijkwerk/db";
import { approvalRefusal, WORKER_HOURLY_CENTS } from "@wijkwerk/domain";
import { loadSettings } from "../settings-store.ts";
import { formatAmount } from "@wijkwerk/notify";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { workersWithInvalidIban } from "./ibans.ts";
import * as approvalRepo from "./approval-repository.ts";
import * as repo from "./repository.ts";
import type { RunRow, RunTerms } from "./repository.ts";
import { runOut } from "./views.ts";

/**
 * Debtor used when a tenant has not entered its own bank account yet (demo tenants); a bank
 * refuses a file whose debtor account is not the uploader's, so this can never pay out by mistake.
 */
export const DEMO_DEBTOR = { iban: "BE68539007547034", bic: "GKCCBEBB" } as const;

/** SQLSTATE raised by app_payout_generate when a run of this month or a later one was approved meanwhile. */
export const MONTH_LOCKED_SQLSTATE = "WW409";

export async function loadRun(ctx: Pick<TenantContext, "tx">, id: string, lock = false): Promise<RunRow> {
  const run = await repo.findRun(ctx.tx, id, lock);
  if (!run) throw notFound("Deze uitbetaling");
  return run;
}

/** A month is locked once its run, or the run of a later month, is approved: history is never redone. */
async function assertMonthOpen(ctx: TenantContext, month: string): Promise<void> {
  const closed = await repo.closedMonthFrom(ctx.tx, month);
  if (closed) {
    throw new AppError(
      "payout.month_locked",
      closed === month
        ? `De uitbetaling van ${month} is al goedgekeurd. Late of verbeterde prestaties komen in de volgende uitbetaling.`
        : `De uitbetaling van ${closed} is al goedgekeurd, dus ${month} kan niet meer. Late prestaties komen in een latere uitbetaling.`,
    );
  }
}

/** Copies the pay and today's bank account into the run, so later changes never alter it. */
async function snapshotTerms(ctx: TenantContext): Promise<RunTerms> {
  const row = await repo.tenantTerms(ctx.tx, ctx.tenantId);
  return {
    // RULES §2: 4,10 by law; snapshot in the run all the same, so a run shows what it paid.
    hourlyCents: WORKER_HOURLY_CENTS,
    debtorName: row?.org_name ?? row?.tenant_name ?? "Wijk-werken",
    debtorIban: row?.iban ?? DEMO_DEBTOR.iban,
    debtorBic: row?.iban ? row.bic : DEMO_DEBTOR.bic,
  };
}

async function generate(ctx: TenantContext, runId: string): Promise<void> {
  try {
    await repo.generateLines(ctx.tx, runId);
  } catch (err) {
    const pg = pgError(err);
    if (pg?.code === MONTH_LOCKED_SQLSTATE)
      throw new AppError(
        "payout.month_locked",
        "Een uitbetaling van deze of een latere maand werd net goedgekeurd. Late prestaties komen in de volgende uitbetaling.",
      );
    // Two settlements computed from the same earlier lines: the database kept one (a race the
    // per-tenant lock should already prevent). Trying again computes from the lines stored now.
    if (pg?.code === PG.uniqueViolation && pg.constraint_name === "payout_lines_settlement_key")
      throw new AppError("service.unavailable", "Een andere uitbetaling werd net berekend. Probeer het zo meteen opnieuw.");
    throw err;
  }
}

/** Starts the month's run, or refreshes its draft (a parallel request may have created it this very moment). */
export async function startRun(ctx: TenantContext, month: string) {
  await assertMonthOpen(ctx, month);
  const terms = await snapshotTerms(ctx);
  let runId = await repo.insertRun(ctx.tx, ctx.tenantId, month, terms, ctx.actor.sub);
  let before: ReturnType<typeof runOut> | null = null;
  if (!runId) {
    const existing = await repo.findRunOfMonth(ctx.tx, month, true);
    if (!existing) throw new Error(`payout run of ${month} vanished`);
    before = runOut(existing);
    if (existing.status !== "draft") throw new AppError("payout.month_locked", `De uitbetaling van ${month} is al goedgekeurd.`);
    runId = existing.id;
    await repo.updateRunTerms(ctx.tx, ctx.tenantId, runId, terms, ctx.actor.sub);
  }
  await generate(ctx, runId);
  const after = runOut(await loadRun(ctx, runId));
  await ctx.audit({ entity: "payout_run", entityId: runId, action: before ? "regenerate" : "create", before, after });
  return after;
}

const notDraft = (status: string) => new AppError("payout.not_draft", `Deze uitbetaling is al ${status === "approved" ? "goedgekeurd" : "geëxporteerd"}.`);

/** Once approved the lines are frozen: a wrong account must be fixed while the run is a draft. Checked outside the approving transaction (streamed). */
export async function assertApprovable(database: Database, tenantId: string, run: RunRow): Promise<void> {
  if (run.status !== "draft") throw notDraft(run.status);
  const bad = await workersWithInvalidIban(database, tenantId, run.id);
  if (bad.length > 0)
    throw new AppError(
      "payout.invalid_iban",
      `Het rekeningnummer van ${bad.join(", ")} is niet geldig. Verbeter het bij de wijk-werker en bereken de uitbetaling opnieuw.`,
    );
}

/**
 * Approves a draft; approving locks every earlier month, so an earlier draft must be approved first.
 * Above the tenant's four-eyes amount the one who prepared it may not approve it (issue 18); the
 * audit row names both.
 */
export async function approve(ctx: TenantContext, runId: string) {
  const run = await loadRun(ctx, runId, true);
  if (run.status !== "draft") throw notDraft(run.status);
  // An earlier draft could then never be refreshed, and what it settled would stay unpaid while later runs count it as paid.
  const earlier = await repo.draftBefore(ctx.tx, run.month);
  if (earlier) throw new AppError("payout.earlier_draft_open", `De uitbetaling van ${earlier} is nog een ontwerp. Keur die eerst goed.`);
  const { fourEyesAboveCents } = await loadSettings(ctx.tx, ctx.tenantId);
  const refusal = approvalRefusal({ preparedBy: run.prepared_by, approvedBy: ctx.actor.sub, amountCents: Number(run.total_cents), fourEyesAboveCents });
  if (refusal === "same_person")
    throw new AppError(
      "payout.same_person",
      `U hebt deze uitbetaling zelf klaargezet. Boven ${formatAmount(fourEyesAboveCents, "nl")} keurt een andere medewerker (financiën of beheerder) ze goed.`,
    );
  await repo.approveRun(ctx.tx, run.id, ctx.actor.sub);
  // Issue 18: each worker with a line is told (SMS and mail); one row for the run, the worker's loader fans out per worker.
  await ctx.outbox({ topic: "events/payout.approved", payload: { runId: run.id } });
  const after = runOut(await loadRun(ctx, run.id));
  const names = await approvalRepo.staffNames(ctx.tx, [run.prepared_by, ctx.actor.sub]);
  await ctx.audit({
    entity: "payout_run",
    entityId: run.id,
    action: "approve",
    before: runOut(run),
    after: { ...after, preparedBy: names.get(run.prepared_by) ?? run.prepared_by, approvedByName: names.get(ctx.actor.sub) ?? ctx.actor.sub },
  });
  return after;
}

/** Deletes a draft (a run prepared by mistake, or for the wrong month); an approved run stays. */
export async function deleteDraft(ctx: TenantContext, runId: string): Promise<void> {
  const run = await loadRun(ctx, runId, true);
  if (run.status !== "draft") throw notDraft(run.status);
  await approvalRepo.deleteDraft(ctx.tx, run.id);
  await ctx.audit({ entity: "payout_run", entityId: run.id, action: "delete", before: runOut(run) });
}

/** Recomputes a draft in the background (payouts queue), with today's terms. */
export async function requestRegeneration(ctx: TenantContext, runId: string) {
  const run = await loadRun(ctx, runId, true);
  if (run.status !== "draft") throw new AppError("payout.not_draft", "Alleen een ontwerp kan opnieuw berekend worden.");
  await repo.updateRunTerms(ctx.tx, ctx.tenantId, run.id, await snapshotTerms(ctx), ctx.actor.sub);
  await ctx.outbox({ topic: "payouts/regenerate", payload: { runId: run.id } });
  await ctx.audit({ entity: "payout_run", entityId: run.id, action: "regenerate_requested", before: runOut(run) });
  return { id: run.id, status: run.status };
}
