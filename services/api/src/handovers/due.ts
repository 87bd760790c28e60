import type { Database } from "@wijkwerk/db";
import {
  addCalendarDays,
  calendarDaysBetween,
  canSucceed,
  HANDOVER_FIRST_NOTICE_DAYS,
  handoverNotice,
  isRegularClient,
  regularSince,
  seriesMovesOn,
} from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { loadMatchInput } from "../work/match-query.ts";
import { rankMatches } from "../work/ranking.ts";
import * as repo from "./repository.ts";
import { handoverOut } from "./views.ts";

type Tenant = <T>(fn: (ctx: TenantContext) => Promise<T>) => Promise<T>;

/**
 * Issue 19: from 60 days before a worker's agreement ends (urgent from 30), each of their regular
 * clients (domain isRegularClient) with the best successor from the matching — matched on the client's
 * next visit after the end: same wijk, skill, capacity; not the leaving worker, not near their own end
 * (canSucceed) — and the handover already announced, if any.
 */
export async function dueHandovers(database: Database, tenantId: string, inTenant: Tenant, today: string, workerId?: string, areaStaffId?: string) {
  const base = await inTenant(async ({ tx }) => {
    const leaving = await repo.leavingWorkers(tx, today, addCalendarDays(today, HANDOVER_FIRST_NOTICE_DAYS), workerId);
    const work = await repo.confirmedWork(
      tx,
      leaving.map((l) => l.worker_id),
      regularSince(today),
    );
    const live = await repo.liveHandovers(tx);
    const out = [];
    for (const l of leaving) {
      for (const w of work.filter((x) => x.worker_id === l.worker_id && isRegularClient(x.dates, today))) {
        const handover = live.find((h) => h.client_id === w.client_id && h.leaving_worker_id === l.worker_id) ?? null;
        out.push({
          leaving: l,
          client: w,
          months: new Set(w.dates.map((d) => d.slice(0, 7))).size,
          referenceJobId: (await repo.referenceJob(tx, w.client_id, l.end_date)) ?? null,
          handover,
        });
      }
    }
    // Announced but not moved yet while the agreement has ended: still to do (the series waits).
    for (const h of live.filter((x) => x.status === "announced" && x.leaving_ends_on < today)) {
      out.push({
        leaving: { worker_id: h.leaving_worker_id, worker_name: h.leaving_name, end_date: h.leaving_ends_on },
        client: { worker_id: h.leaving_worker_id, client_id: h.client_id, client_name: h.client_name, dates: [] as string[] },
        months: 0,
        referenceJobId: null,
        handover: h,
      });
    }
    return out;
  });
  const items = [];
  for (const b of base) {
    const suggestion = b.referenceJobId
      ? await suggest(database, tenantId, inTenant, b.referenceJobId, b.leaving.worker_id, b.leaving.end_date, areaStaffId)
      : null;
    items.push({
      workerId: b.leaving.worker_id,
      workerName: b.leaving.worker_name,
      endDate: b.leaving.end_date,
      daysLeft: calendarDaysBetween(today, b.leaving.end_date),
      notice: handoverNotice(b.leaving.end_date, today) ?? 30,
      clientId: b.client.client_id,
      clientName: b.client.client_name,
      months: b.months,
      referenceJobId: b.referenceJobId,
      suggestion,
      handover: b.handover ? handoverOut(b.handover) : null,
    });
  }
  return { items };
}

/** The best-ranked candidate of the job who may succeed the leaving worker, or null. */
async function suggest(database: Database, tenantId: string, inTenant: Tenant, jobId: string, leavingId: string, leavingEnd: string, areaStaffId?: string) {
  const input = await loadMatchInput(database, tenantId, jobId, areaStaffId);
  if (!input) return null;
  const ranked = rankMatches(input).filter((r) => r.workerId !== leavingId);
  const ends = await inTenant(({ tx }) =>
    repo.agreementEnds(
      tx,
      ranked.map((r) => r.workerId),
    ),
  );
  const best = ranked.find((r) =>
    canSucceed({ candidateId: r.workerId, leavingWorkerId: leavingId, candidateAgreementEnd: ends.get(r.workerId) ?? null, leavingEnd }),
  );
  // Matched on a visit before the end, a candidate must still have an agreement when the successor starts.
  if (best && (ends.get(best.workerId) ?? "9999-12-31") < seriesMovesOn(leavingEnd)) return null;
  return best ? { workerId: best.workerId, name: best.name, score: best.score, reasons: best.reasons } : null;
}
