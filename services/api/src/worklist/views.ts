import { isoBrussels } from "@wijkwerk/domain";
import type { evaluationsDueFor, followUpsDueFor } from "../coaching/worklist.ts";
import type * as repo from "./repository.ts";

type CoachingWorklist = { evaluationsDue: Awaited<ReturnType<typeof evaluationsDueFor>>; followUpsDue: Awaited<ReturnType<typeof followUpsDueFor>> };

type Rows<F extends (...a: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;
const section = <R extends { total: number }, O>(rows: R[], map: (r: R) => O) => ({ total: rows[0]?.total ?? 0, items: rows.map(map) });

export function worklistOut(r: {
  disputed: Rows<typeof repo.disputedEntries>;
  awaiting: Rows<typeof repo.awaitingVouchers>;
  proposals: Rows<typeof repo.proposalsToFollow>;
  fees: Rows<typeof repo.unpaidFees>;
  ending: Rows<typeof repo.endingAgreements>;
  workers: Rows<typeof repo.incompleteWorkers>;
  coaching: CoachingWorklist;
}) {
  return {
    disputedEntries: section(r.disputed, (e) => ({
      id: e.id,
      clientId: e.client_id,
      clientName: e.client_name,
      workerId: e.worker_id,
      workerName: e.worker_name,
      date: e.work_date,
      minutes: e.minutes,
      reason: e.dispute_reason,
    })),
    awaitingVouchers: section(r.awaiting, (e) => ({ id: e.id, clientId: e.client_id, clientName: e.client_name, date: e.work_date, vouchers: e.vouchers })),
    proposals: section(r.proposals, (a) => ({
      id: a.id,
      jobId: a.job_id,
      description: a.description,
      workerId: a.worker_id,
      workerName: a.worker_name,
      status: a.status,
      expiresAt: a.expires_at ? isoBrussels(a.expires_at) : null,
      startsAt: isoBrussels(a.starts_at),
    })),
    unpaidFees: section(r.fees, (a) => ({
      id: a.id,
      clientId: a.client_id,
      clientName: a.client_name,
      startDate: a.start_date,
      feeCents: a.fee_cents,
      paymentReference: a.payment_reference,
    })),
    endingAgreements: section(r.ending, (a) => ({ id: a.id, workerId: a.worker_id, workerName: a.worker_name, endDate: a.end_date })),
    incompleteWorkers: section(r.workers, (w) => ({
      id: w.id,
      name: w.name,
      noAvailability: w.no_availability,
      noActivities: w.no_activities,
      noSkills: w.no_skills,
    })),
    ...r.coaching,
  };
}
