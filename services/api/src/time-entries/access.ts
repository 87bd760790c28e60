import { and, eq, sql } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import { travelKmToTenths } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import type { Entry } from "./views.ts";

/** API.md travelKm: a number with at most one decimal, stored as tenths (the domain's rule). */
export function tenthsOfKm(km: number, path: string): number {
  try {
    return travelKmToTenths(km);
  } catch {
    throw validationError([{ path, message: "Hoogstens één cijfer na de komma." }]);
  }
}

/** A client or worker token sees only its own entries; another's is "not found", never 403. */
function ownedBy(entry: Entry, ctx: TenantContext): boolean {
  if (ctx.actor.role === "client") return entry.clientId === ctx.actor.subjectId;
  if (ctx.actor.role === "worker") return entry.workerId === ctx.actor.subjectId;
  return true;
}

export async function loadEntry(ctx: TenantContext, id: string, lock = false): Promise<Entry> {
  const te = schema.timeEntries;
  const q = ctx.tx
    .select()
    .from(te)
    .where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, id)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !ownedBy(row, ctx)) throw notFound("Deze prestatie");
  return row;
}

/** Confirmed entries consumed vouchers and may be paid out: those are never cancelled here. */
export async function cancelEntry(ctx: TenantContext, id: string): Promise<Entry> {
  const entry = await loadEntry(ctx, id, true);
  if (!["submitted", "disputed", "awaiting_vouchers"].includes(entry.status)) {
    throw new AppError("time_entry.not_correctable", `Deze prestatie is al ${entry.status}.`);
  }
  const te = schema.timeEntries;
  await ctx.tx
    .update(te)
    .set({ status: "cancelled", updatedAt: sql`now()` })
    .where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, entry.id)));
  return entry;
}
