import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { schema, Tx } from "@wijkwerk/db";
import {
  brusselsDateOf,
  checkCaps,
  confirmDeadline,
  confirmWindowStart,
  plannedMinutesOf,
  resolveSettings,
  timeEntryProblem,
  vouchersForMinutes,
  type Settings,
} from "@wijkwerk/domain";
import type { OutboxMessage } from "@wijkwerk/queue";
import type { AuditEntry, TokenClaims } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import type { WorkerMinutes } from "../work/worker-minutes.ts";

/** The pieces of writing a time entry (prestatie) that POST, the batch and a correction share. */

/** RULES §1: nobody works more than a long day on one assignment; more is a typing error. */
export const MAX_ENTRY_MINUTES = 12 * 60;

export type Entry = typeof schema.timeEntries.$inferSelect;

/**
 * The Brussels calendar maths of the domain costs ~0.1 ms per call (luxon, Intl); on the
 * time-entry hot path the same months and deadlines repeat, so pure results are remembered.
 */
function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size > 2000) cache.clear();
      v = fn(key);
      cache.set(key, v);
    }
    return v;
  };
}
const deadlineOf = memo((key: string) => {
  const [day, days] = key.split("|");
  return confirmDeadline(day!, Number(days)).lastDay;
});

export function toTimeEntryOut(r: Entry, confirmWindowDays: number, createdOn?: string) {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    workerId: r.workerId,
    clientId: r.clientId,
    date: r.workDate,
    minutes: r.minutes,
    travelKm: r.travelTenthsKm / 10,
    vouchers: r.vouchers,
    status: r.status,
    confirmBefore: deadlineOf(`${confirmWindowStart(r.workDate, createdOn ?? brusselsDateOf(new Date(r.createdAt)))}|${confirmWindowDays}`),
    confirmedAt: r.confirmedAt ? new Date(r.confirmedAt).toISOString() : null,
    confirmedBy: r.confirmedBy ?? null,
    disputeReason: r.disputeReason ?? null,
    correctsEntryId: r.correctsEntryId ?? null,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
export type TimeEntryOut = ReturnType<typeof toTimeEntryOut>;

/** What the caps and the new entry need of an assignment. */
export interface AssignmentRef {
  id: string;
  workerId: string;
  clientId: string;
  startsAt: string;
  /** Brussels date of startsAt. */
  localDate: string;
  minutes: number;
  status: string;
}

export interface EntryContext {
  assignment: AssignmentRef;
  settings: Settings;
  today: string;
  /** The worker's minutes in the assignment's month and year, read under the worker's lock. */
  minutes: WorkerMinutes;
  /** The assignment already has an entry that is not cancelled. */
  hasLiveEntry: boolean;
}

/**
 * Binds the transaction to the tenant, takes the row locks of the workers of these assignments
 * (the lock every caps check of a worker queues on, in id order) and reads each assignment, the
 * tenant's settings and the worker's minutes: ONE statement, app_time_entry_context (0021).
 */
export async function lockAssignments(tx: Tx, tenantId: string, assignmentIds: readonly string[]): Promise<Map<string, EntryContext>> {
  const rows = await tx.execute<{
    id: string;
    worker_id: string;
    client_id: string;
    starts_at: string | Date;
    local_date: string;
    today: string;
    minutes: number;
    status: string;
    settings: Record<string, unknown>;
    has_live_entry: boolean;
    month_worked: number;
    month_planned: number;
    year_worked: number;
    year_planned: number;
  }>(sql`SELECT * FROM app_time_entry_context(${tenantId}::uuid, ${`{${assignmentIds.join(",")}}`}::uuid[])`);
  const found = new Map<string, EntryContext>();
  for (const row of rows) {
    found.set(row.id, {
      assignment: {
        id: row.id,
        workerId: row.worker_id,
        clientId: row.client_id,
        startsAt: new Date(row.starts_at).toISOString(),
        localDate: row.local_date,
        minutes: Number(row.minutes),
        status: row.status,
      },
      settings: resolveSettings(row.settings, row.today),
      today: row.today,
      minutes: { month: { worked: row.month_worked, planned: row.month_planned }, year: { worked: row.year_worked, planned: row.year_planned } },
      hasLiveEntry: row.has_live_entry,
    });
  }
  return found;
}

/** Why hours cannot be entered for this assignment on this date, if they cannot (POST only). */
export function submissionProblem(found: EntryContext | undefined, input: { date: string; minutes: number }, actor: TokenClaims): AppError | undefined {
  if (!found || (actor.role === "worker" && found.assignment.workerId !== actor.subjectId)) return notFound("Deze toewijzing");
  const { assignment } = found;
  if (assignment.status !== "accepted" && assignment.status !== "completed") {
    return new AppError(
      "time_entry.assignment_not_active",
      `Deze toewijzing is ${assignment.status}: alleen voor een aanvaarde toewijzing kan u uren ingeven.`,
    );
  }
  if (input.minutes > MAX_ENTRY_MINUTES) return new AppError("time_entry.outside_assignment", "Meer dan 12 uur op één dag kan niet voor één toewijzing.");
  const problem = timeEntryProblem({
    date: input.date,
    today: found.today,
    assignmentDate: assignment.localDate,
    minutes: input.minutes,
    plannedMinutes: assignment.minutes,
    toleranceMinutes: found.settings.overtimeToleranceMinutes,
  });
  if (problem === "time_entry.future_date")
    return new AppError(problem, `Uren kan u pas ingeven als het werk gedaan is: ${input.date} ligt nog in de toekomst.`);
  if (problem === "time_entry.outside_assignment") return new AppError(problem, `De toewijzing was op ${assignment.localDate}, niet op ${input.date}.`);
  if (problem === "time_entry.over_planned") {
    return new AppError(
      problem,
      `Er waren ${assignment.minutes} minuten gepland. Meer dan ${found.settings.overtimeToleranceMinutes} minuten extra kan u niet zelf ingeven: vraag het aan uw bemiddelaar.`,
    );
  }
  if (found.hasLiveEntry) return ALREADY_EXISTS();
  return undefined;
}

export const ALREADY_EXISTS = () => new AppError("time_entry.already_exists", "Voor deze toewijzing zijn de uren al ingegeven.");

/** RULES §1 caps on the actual minutes, read under the worker lock (checkCaps, the domain's rule). */
export function capsProblem(assignment: AssignmentRef, held: WorkerMinutes, minutes: number, settings: Settings): AppError | undefined {
  const replaced = plannedMinutesOf(assignment);
  const check = checkCaps({
    usedMonthMinutes: Math.max(0, held.month.worked + held.month.planned - replaced),
    usedYearMinutes: Math.max(0, held.year.worked + held.year.planned - replaced),
    addMinutes: minutes,
    caps: { monthlyCapMinutes: settings.monthlyCapMinutes, yearlyCapMinutes: settings.yearlyCapMinutes },
  });
  const violation = check.violations[0];
  if (!violation) return undefined;
  return new AppError(
    violation,
    violation === "worker.monthly_cap_exceeded"
      ? "Met deze uren gaat de wijk-werker over het maandmaximum."
      : "Met deze uren gaat de wijk-werker over het jaarmaximum.",
  );
}

/** A new entry (status submitted, one voucher per started hour) and its three writes. */
export function newEntry(
  args: {
    tenantId: string;
    actor: TokenClaims;
    assignment: AssignmentRef;
    date: string;
    minutes: number;
    tenths: number;
    correctsEntryId?: string;
    today: string;
  },
  settings: Settings,
): { entry: Entry; out: TimeEntryOut; insert: SQL; message: OutboxMessage; audit: (action: string, before?: unknown) => AuditEntry } {
  const now = new Date().toISOString();
  const entry: Entry = {
    tenantId: args.tenantId,
    id: randomUUID(),
    assignmentId: args.assignment.id,
    workerId: args.assignment.workerId,
    clientId: args.assignment.clientId,
    workDate: args.date,
    minutes: args.minutes,
    travelTenthsKm: args.tenths,
    vouchers: vouchersForMinutes(args.minutes),
    status: "submitted",
    submittedByType: args.actor.role,
    submittedById: args.actor.sub,
    confirmedAt: null,
    confirmedBy: null,
    disputeReason: null,
    correctsEntryId: args.correctsEntryId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  const out = toTimeEntryOut(entry, settings.confirmWindowDays, args.today);
  return {
    entry,
    out,
    insert: sql`
      INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, travel_tenths_km, vouchers, status,
                                submitted_by_type, submitted_by_id, corrects_entry_id, created_at, updated_at)
      VALUES (${entry.tenantId}, ${entry.id}, ${entry.assignmentId}, ${entry.workerId}, ${entry.clientId}, ${entry.workDate}::date, ${entry.minutes}, ${entry.travelTenthsKm},
              ${entry.vouchers}, ${entry.status}, ${entry.submittedByType}, ${entry.submittedById}, ${entry.correctsEntryId}, ${now}::timestamptz, ${now}::timestamptz)`,
    // The client is asked to confirm (RULES §5).
    message: {
      topic: "events/time_entry.to_confirm",
      payload: {
        timeEntryId: entry.id,
        clientId: entry.clientId,
        workerId: entry.workerId,
        date: entry.workDate,
        minutes: entry.minutes,
        vouchers: entry.vouchers,
        confirmBefore: out.confirmBefore,
      },
    },
    audit: (action, before) => ({ entity: "time_entry", entityId: entry.id, action, before, after: out }),
  };
}
