import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { resolveSettings, type Settings } from "@wijkwerk/domain";
import type { WorkerMinutes } from "../work/worker-minutes.ts";

/** What writing a time entry needs to know first, read in one statement under the worker's lock (POST, the batch, a correction). */

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
