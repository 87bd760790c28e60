import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { notFound } from "../errors/problem.ts";

/** A payout run as the runs, exports and organisation-account routes share it. */

/** Who may see and run payouts: finance, and the admin who manages finance staff anyway. */
export const PAYOUT_ROLES = ["finance", "admin"] as const;

export type RunRow = {
  id: string;
  month: string;
  status: "draft" | "approved" | "exported";
  line_count: number;
  total_cents: string | number;
  hourly_cents: number;
  created_at: string;
  generated_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  exported_at: string | null;
};

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

export function runOut(r: RunRow) {
  return {
    id: r.id,
    month: r.month,
    status: r.status,
    lineCount: r.line_count,
    totalCents: Number(r.total_cents),
    hourlyCents: r.hourly_cents,
    createdAt: new Date(r.created_at).toISOString(),
    generatedAt: iso(r.generated_at),
    approvedAt: iso(r.approved_at),
    approvedBy: r.approved_by,
    exportedAt: iso(r.exported_at),
  };
}

export async function loadRun(tx: Tx, id: string, lock = false): Promise<RunRow> {
  const rows = await tx.execute<RunRow>(sql`SELECT * FROM payout_runs WHERE tenant_id = app_current_tenant() AND id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`);
  if (!rows[0]) throw notFound("Deze uitbetaling");
  return rows[0];
}
