import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { vouchersForMinutes, type Settings } from "@wijkwerk/domain";
import type { OutboxMessage } from "@wijkwerk/queue";
import type { AuditEntry, TokenClaims } from "../context.ts";
import type { AssignmentRef } from "./entry-context.ts";
import { toTimeEntryOut, type Entry, type TimeEntryOut } from "./views.ts";

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
