import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** A worker's minutes in the Europe/Brussels month and year of a date (RULES §1 caps). */
export interface WorkerMinutes {
  month: { worked: number; planned: number };
  year: { worked: number; planned: number };
}

/**
 * Read from worker_year_minutes, the copy per worker and month that triggers keep in step with
 * time entries and assignments (migration 0017): worked = entries not cancelled, planned = live
 * assignments without a live entry. One row, whatever the worker's history. Callers that decide
 * on a cap hold the worker's row lock first.
 */
export async function workerMinutes(tx: Tx, workerId: string, date: string): Promise<WorkerMinutes> {
  const [row] = await tx.execute<{
    month_worked: number;
    month_planned: number;
    year_worked: number;
    year_planned: number;
  }>(sql`SELECT * FROM app_worker_month_year_minutes(${workerId}::uuid, ${date}::date)`);
  return {
    month: { worked: Number(row?.month_worked ?? 0), planned: Number(row?.month_planned ?? 0) },
    year: { worked: Number(row?.year_worked ?? 0), planned: Number(row?.year_planned ?? 0) },
  };
}
