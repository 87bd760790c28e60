import { pgError, PG, type Database, type Tx } from "@wijkwerk/db";
import { minutesAddedByEntry } from "@wijkwerk/domain";
import type { OutboxMessage } from "@wijkwerk/queue";
import { sql, type SQL } from "drizzle-orm";
import type { TokenClaims } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { collectedWritesStatement, type AuditRow } from "../writes.ts";
import { ALREADY_EXISTS, capsProblem, submissionProblem } from "./checks.ts";
import { lockAssignments } from "./entry-context.ts";
import { newEntry } from "./new-entry.ts";
import type { TimeEntryOut } from "./views.ts";
import type { WorkerMinutes } from "../work/worker-minutes.ts";

/** One POST /v1/time-entries, validated at the edge, waiting to be written. */
export interface Submission {
  tenantId: string;
  actor: TokenClaims;
  requestId: string;
  assignmentId: string;
  date: string;
  minutes: number;
  tenths: number;
}

interface Pending {
  submission: Submission;
  resolve(out: TimeEntryOut): void;
  reject(err: unknown): void;
}

export interface TimeEntryBatcher {
  submit(submission: Submission): Promise<TimeEntryOut>;
}

/**
 * Group commit for POST /v1/time-entries. While a batch of a tenant is being written, newer
 * submissions of that tenant wait for the next one, which writes them all in one transaction of
 * four statements: BEGIN, the context of every assignment with their workers locked in id order
 * (app_time_entry_context), one write for all entries with their outbox messages and audit rows,
 * COMMIT. Each submission is still decided on its own by the same rules as a single one
 * (submissionProblem, the domain's caps with the minutes of earlier entries of the same worker in
 * the batch counted) and gets its own answer. With nothing running a submission is written at
 * once, so an idle API adds no wait. A batch the database refuses as a whole is written again
 * one submission at a time, so one bad entry never fails the others.
 */
export function createTimeEntryBatcher(database: Database, options: { maxBatch?: number; batchesPerTenant?: number } = {}): TimeEntryBatcher {
  const maxBatch = options.maxBatch ?? 32;
  const batchesPerTenant = options.batchesPerTenant ?? 2;
  const queues = new Map<string, Pending[]>();
  const running = new Map<string, number>();

  function pump(tenantId: string): void {
    for (;;) {
      const queue = queues.get(tenantId);
      if (!queue?.length) {
        queues.delete(tenantId);
        return;
      }
      const busy = running.get(tenantId) ?? 0;
      if (busy >= batchesPerTenant) return;
      running.set(tenantId, busy + 1);
      void settle(tenantId, queue.splice(0, maxBatch)).finally(() => {
        const left = (running.get(tenantId) ?? 1) - 1;
        if (left === 0) running.delete(tenantId);
        else running.set(tenantId, left);
        pump(tenantId);
      });
    }
  }

  async function settle(tenantId: string, batch: Pending[]): Promise<void> {
    let outcomes: (TimeEntryOut | AppError)[];
    try {
      outcomes = await write(
        database,
        tenantId,
        batch.map((p) => p.submission),
      );
    } catch (err) {
      if (batch.length > 1) {
        for (const p of batch) await settle(tenantId, [p]);
        return;
      }
      // A concurrent correction can still beat the live-entry check to the unique index.
      batch[0]!.reject(pgError(err)?.code === PG.uniqueViolation ? ALREADY_EXISTS() : err);
      return;
    }
    outcomes.forEach((o, i) => (o instanceof AppError ? batch[i]!.reject(o) : batch[i]!.resolve(o)));
  }

  return {
    submit: (submission) =>
      new Promise<TimeEntryOut>((resolve, reject) => {
        const queue = queues.get(submission.tenantId) ?? [];
        queue.push({ submission, resolve, reject });
        queues.set(submission.tenantId, queue);
        pump(submission.tenantId);
      }),
  };
}

/** The worker's minutes with the entries written earlier in the same batch added. */
function withEarlier(held: WorkerMinutes, earlier: readonly { date: string; minutes: number }[], date: string): WorkerMinutes {
  let month = 0;
  let year = 0;
  for (const e of earlier) {
    if (e.date.slice(0, 4) !== date.slice(0, 4)) continue;
    year += e.minutes;
    if (e.date.slice(0, 7) === date.slice(0, 7)) month += e.minutes;
  }
  return { month: { worked: held.month.worked + month, planned: held.month.planned }, year: { worked: held.year.worked + year, planned: held.year.planned } };
}

const OUTSIDE_AREA = () =>
  new AppError(
    "area.outside",
    "Deze prestatie hoort bij een klus of een wijk-werker buiten het gebied waarvoor u werkt. Vraag het aan een collega of een beheerder.",
  );

/**
 * Issue 20, scope by area: the batch is one transaction for several staff members, so it cannot
 * bind one consultant's area the way request.tenantTx does. Instead each limited consultant's
 * submissions are checked here against their area (app_staff_area, the same expansion the RLS
 * binding uses): hours for an assignment whose job or whose worker lies outside it are refused
 * with area.outside and nothing is written for them. The worker too, although the job's area
 * alone decides which entries the consultant sees: hours count against the worker's caps and pay,
 * which are another consultant's to manage. One statement, only when the batch holds a consultant's submission.
 */
async function outsideArea(tx: Tx, submissions: readonly Submission[]): Promise<Set<Submission>> {
  const byConsultant = submissions.filter((s) => s.actor.role === "consultant");
  if (byConsultant.length === 0) return new Set();
  const pairs = byConsultant.map((s) => sql`(${s.actor.sub}::uuid, ${s.assignmentId}::uuid)`);
  const rows = await tx.execute<{ staff_id: string; assignment_id: string }>(sql`
    SELECT p.staff_id::text, p.assignment_id::text
      FROM (VALUES ${sql.join(pairs, sql`, `)}) AS p(staff_id, assignment_id)
      CROSS JOIN LATERAL (SELECT app_staff_area(p.staff_id) AS area) s
      JOIN assignments a ON a.tenant_id = app_current_tenant() AND a.id = p.assignment_id
      JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
      JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE s.area IS NOT NULL AND NOT (j.neighbourhood_id = ANY (s.area) AND w.neighbourhood_id = ANY (s.area))`);
  const refused = new Set([...rows].map((r) => `${r.staff_id} ${r.assignment_id}`));
  return new Set(byConsultant.filter((s) => refused.has(`${s.actor.sub} ${s.assignmentId}`)));
}

/** One transaction for the batch; an outcome per submission, in order. */
async function write(database: Database, tenantId: string, submissions: Submission[]): Promise<(TimeEntryOut | AppError)[]> {
  return database.withTenant(
    tenantId,
    async (tx) => {
      // Both statements are sent at once (one round trip; postgres.js pipelines the queries of a
      // transaction) and run in this order: the context binds the tenant and takes the workers'
      // locks first, then the area check reads under them. Had the tenant not been bound,
      // app_staff_area would raise, failing the batch closed.
      const [contexts, outside] = await Promise.all([
        lockAssignments(tx, tenantId, [...new Set(submissions.map((s) => s.assignmentId))]),
        outsideArea(tx, submissions),
      ]);
      const earlier = new Map<string, { date: string; minutes: number }[]>();
      const taken = new Set<string>();
      const writes: SQL[] = [];
      const messages: OutboxMessage[] = [];
      const audits: AuditRow[] = [];
      const outcomes = submissions.map((s): TimeEntryOut | AppError => {
        const found = contexts.get(s.assignmentId);
        if (found && outside.has(s)) return OUTSIDE_AREA();
        const problem = submissionProblem(found, s, s.actor) ?? (taken.has(s.assignmentId) ? ALREADY_EXISTS() : undefined);
        if (problem || !found) return problem!;
        const { assignment, settings, today } = found;
        const before = earlier.get(assignment.workerId) ?? [];
        const caps = capsProblem(assignment, withEarlier(found.minutes, before, s.date), s.minutes, settings);
        if (caps) return caps;
        const e = newEntry({ tenantId, actor: s.actor, assignment, date: s.date, minutes: s.minutes, tenths: s.tenths, today }, settings);
        writes.push(e.insert);
        messages.push({ ...e.message, requestId: s.requestId });
        audits.push({ ...e.audit("create"), actorType: s.actor.role, actorId: s.actor.sub, requestId: s.requestId });
        taken.add(s.assignmentId);
        earlier.set(assignment.workerId, [...before, { date: s.date, minutes: minutesAddedByEntry(assignment, s.minutes) }]);
        return e.out;
      });
      const statement = collectedWritesStatement(tenantId, { writes, messages, audits });
      if (statement) await tx.execute(statement);
      return outcomes;
    },
    // app_time_entry_context is the first statement and binds the tenant: no separate set_config.
    { bindInFirstStatement: true },
  );
}
