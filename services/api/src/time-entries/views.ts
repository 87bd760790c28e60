import type { schema } from "@wijkwerk/db";
import { brusselsDateOf, confirmDeadline, confirmWindowStart } from "@wijkwerk/domain";

/** A time entry (prestatie) as the API shows it, with its confirm-by date. */

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
