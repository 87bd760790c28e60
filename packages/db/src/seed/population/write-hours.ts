import type postgres from "postgres";
import { vouchersForMinutes } from "@wijkwerk/domain";
import { copyRows } from "../copy.ts";
import { stampOf } from "./days.ts";
import { idOf, type WorkContext } from "./model.ts";

/** The assignment of each occurrence, and a time entry for each one in the past (the last days still wait for the client). */

export function assignmentsLoad(ctx: WorkContext): (tx: postgres.TransactionSql) => Promise<void> {
  const { tenantId, rels, occ, prefix, todayDay, historyStart, createdById } = ctx;
  const stamp = (day: number, minute: number) => stampOf(ctx.dates, day, minute);
  return async (tx) => {
    await copyRows(
      tx,
      "assignments",
      ["tenant_id", "id", "job_id", "worker_id", "client_id", "starts_at", "ends_at", "status", "responded_at", "created_by_id", "created_at", "updated_at"],
      (function* () {
        for (let i = 0; i < occ.length; i++) {
          const rel = rels[occ.rel(i)]!;
          const day = occ.day(i);
          const created = stamp(Math.max(day - 10, historyStart - 10), 10 * 60);
          const responded = stamp(Math.max(day - 9, historyStart - 9), 18 * 60);
          yield [
            tenantId,
            idOf(prefix.asg, i),
            idOf(prefix.job, i),
            rel.worker.id,
            rel.client.id,
            stamp(day, rel.start),
            stamp(day, rel.start + rel.minutes),
            day < todayDay ? "completed" : "accepted",
            responded,
            createdById,
            created,
            created,
          ];
        }
      })(),
    );
    ctx.log("assignments written");
  };
}

export function timeEntriesLoad(ctx: WorkContext): (tx: postgres.TransactionSql) => Promise<void> {
  const { tenantId, rels, occ, prefix, dates, todayDay } = ctx;
  const stamp = (day: number, minute: number) => stampOf(dates, day, minute);
  return async (tx) => {
    await copyRows(
      tx,
      "time_entries",
      [
        "tenant_id",
        "id",
        "assignment_id",
        "worker_id",
        "client_id",
        "work_date",
        "minutes",
        "travel_tenths_km",
        "vouchers",
        "status",
        "submitted_by_type",
        "submitted_by_id",
        "confirmed_at",
        "confirmed_by",
        "created_at",
        "updated_at",
      ],
      (function* () {
        for (let i = 0; i < occ.length; i++) {
          const day = occ.day(i);
          if (day >= todayDay) continue;
          const rel = rels[occ.rel(i)]!;
          const minutes = occ.minutes(i);
          const submitted = stamp(day, Math.min(rel.start + rel.minutes + 30, 22 * 60));
          // The last days are still waiting for the client's confirmation (RULES §5 flow).
          const waiting = day >= todayDay - 3;
          // Not from the shared PRNG: the loads may run interleaved, the data must not depend on it.
          const byClient = Math.imul(i + 1, 2654435761) >>> 0 < 0.8 * 4294967296;
          const confirmedAt = waiting ? null : stamp(day + (byClient ? 1 : 4), 19 * 60);
          ctx.written.timeEntries++;
          yield [
            tenantId,
            idOf(prefix.te, i),
            idOf(prefix.asg, i),
            rel.worker.id,
            rel.client.id,
            dates.iso(day),
            minutes,
            rel.travelTenths,
            vouchersForMinutes(minutes),
            waiting ? "submitted" : "confirmed",
            "worker",
            rel.worker.id,
            confirmedAt,
            waiting ? null : byClient ? "client" : "auto",
            submitted,
            confirmedAt ?? submitted,
          ];
        }
      })(),
    );
    ctx.log(`time entries written: ${ctx.written.timeEntries}`);
  };
}
