import { maskIban } from "@wijkwerk/domain";
import { storedMask } from "../registries/stored-mask.ts";
import type { LineRow, RunRow } from "./repository.ts";

/** Runs and lines as the API shows them (schemas.ts). */

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

export function runOut(r: RunRow) {
  return {
    id: r.id,
    month: r.month,
    status: r.status,
    lineCount: r.line_count,
    transferCount: r.transfer_count,
    totalCents: Number(r.total_cents),
    hourlyCents: r.hourly_cents,
    createdAt: new Date(r.created_at).toISOString(),
    generatedAt: iso(r.generated_at),
    approvedAt: iso(r.approved_at),
    approvedBy: r.approved_by,
    exportedAt: iso(r.exported_at),
  };
}

export function lineOut(r: LineRow) {
  return {
    id: r.id,
    workerId: r.worker_id,
    kind: r.kind,
    workMonth: r.work_month === null ? null : r.work_month.slice(0, 7),
    settlementNo: r.settlement_no,
    carriedFromRunId: r.carried_from_run_id,
    entryIds: r.entry_ids,
    entryCount: r.entry_count,
    minutes: r.minutes,
    vouchers: r.vouchers,
    payCents: r.pay_cents,
    travelCents: r.travel_cents,
    totalCents: r.total_cents,
    name: r.name,
    iban: storedMask(r.iban_masked, r.iban, maskIban),
    endToEndId: r.end_to_end_id,
  };
}

/** The totals of a run (RunDetail.summary), from the sums the repository computes. */
export function summaryOut(s: Record<string, string> | undefined) {
  return {
    regularCents: Number(s?.regular ?? 0),
    adjustmentCents: Number(s?.adjustment ?? 0),
    carriedCents: Number(s?.carried ?? 0),
    entryCount: Number(s?.entries ?? 0),
    transferCount: Number(s?.transfers ?? 0),
    transferCents: Number(s?.transfer_cents ?? 0),
    carryForwardCount: Number(s?.negatives ?? 0),
    carryForwardCents: Number(s?.negative_cents ?? 0),
  };
}
