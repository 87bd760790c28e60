import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { pgError, PG, schema, vouchers as wallet } from "@wijkwerk/db";
import { addCalendarMonths } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { workerMinutes } from "../work/worker-minutes.ts";
import { cancelEntry, loadEntry } from "./access.ts";
import { ALREADY_EXISTS, capsProblem, MAX_ENTRY_MINUTES } from "./checks.ts";
import { lockAssignments } from "./entry-context.ts";
import { newEntry } from "./new-entry.ts";
import { toTimeEntryOut } from "./views.ts";

/** What happens to hours once entered: confirmed, disputed, corrected or cancelled (API.md, RULES §5). */

/** Confirming consumes the entry's vouchers, oldest expiry first; a consultant settles a dispute by confirming. */
export async function confirm(ctx: TenantContext, id: string) {
  const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
  await loadEntry(ctx, id);
  const staff = ctx.actor.role !== "client";
  const res = await wallet.confirmTimeEntry(ctx.tx, ctx.tenantId, id, {
    by: staff ? "consultant" : "client",
    now: new Date(),
    // A client's own dispute stands until a consultant settles it.
    allowFrom: staff ? ["submitted", "awaiting_vouchers", "disputed"] : ["submitted", "awaiting_vouchers"],
  });
  if (res.outcome === "not_found") throw notFound("Deze prestatie");
  if (res.outcome === "not_confirmable") throw new AppError("time_entry.not_confirmable", `Deze prestatie is al ${res.entry.status}.`);
  await ctx.outbox(res.events);
  const after = toTimeEntryOut(res.entry, settings.confirmWindowDays);
  await ctx.audit({ entity: "time_entry", entityId: res.entry.id, action: "confirm", before: toTimeEntryOut(res.before, settings.confirmWindowDays), after });
  return after;
}

/** The client disputes submitted hours, with a reason; the consultant is told. */
export async function dispute(ctx: TenantContext, id: string, reason: string) {
  const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
  const entry = await loadEntry(ctx, id, true);
  if (entry.status !== "submitted") throw new AppError("time_entry.not_disputable", `Deze prestatie is al ${entry.status}.`);
  const te = schema.timeEntries;
  const [after] = await ctx.tx
    .update(te)
    .set({ status: "disputed", disputeReason: reason, updatedAt: sql`now()` })
    .where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, entry.id)))
    .returning();
  await ctx.outbox({
    topic: "events/time_entry.disputed",
    payload: { timeEntryId: entry.id, clientId: entry.clientId, workerId: entry.workerId, date: entry.workDate, reason },
  });
  const out = toTimeEntryOut(after!, settings.confirmWindowDays);
  await ctx.audit({ entity: "time_entry", entityId: entry.id, action: "dispute", before: toTimeEntryOut(entry, settings.confirmWindowDays), after: out });
  return out;
}

/** Replaces an entry by a corrected one: the old one is cancelled, history is kept, the caps still hold. */
export async function correct(ctx: TenantContext, id: string, c: { minutes: number; tenths: number }) {
  const peek = await loadEntry(ctx, id);
  // Worker lock first, as every path that changes a worker's minutes.
  const found = (await lockAssignments(ctx.tx, ctx.tenantId, [peek.assignmentId])).get(peek.assignmentId);
  if (!found) throw notFound("Deze toewijzing");
  const old = await cancelEntry(ctx, id);
  if (c.minutes > MAX_ENTRY_MINUTES) throw new AppError("time_entry.outside_assignment", "Meer dan 12 uur op één dag kan niet voor één toewijzing.");
  // Read again after the cancellation: the old entry's minutes no longer count.
  const held = await workerMinutes(ctx.tx, found.assignment.workerId, old.workDate);
  const caps = capsProblem(found.assignment, held, c.minutes, found.settings);
  if (caps) throw caps;
  const e = newEntry(
    {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      assignment: found.assignment,
      date: old.workDate,
      minutes: c.minutes,
      tenths: c.tenths,
      correctsEntryId: old.id,
      today: found.today,
    },
    found.settings,
  );
  ctx.defer(e.insert);
  await ctx.outbox(e.message);
  await ctx.audit(e.audit("correct", toTimeEntryOut(old, found.settings.confirmWindowDays)));
  try {
    await ctx.flush();
  } catch (err) {
    if (pgError(err)?.code === PG.uniqueViolation) throw ALREADY_EXISTS();
    throw err;
  }
  return e.out;
}

export async function cancel(ctx: TenantContext, id: string) {
  const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
  const before = await cancelEntry(ctx, id);
  const after = await loadEntry(ctx, before.id);
  const out = toTimeEntryOut(after, settings.confirmWindowDays);
  await ctx.audit({ entity: "time_entry", entityId: before.id, action: "cancel", before: toTimeEntryOut(before, settings.confirmWindowDays), after: out });
  return out;
}

/** Oldest first; clients and workers see only their own. */
export async function list(
  ctx: TenantContext,
  q: {
    status?: string | undefined;
    workerId?: string | undefined;
    clientId?: string | undefined;
    month?: string | undefined;
    after: readonly unknown[] | undefined;
    limit: number;
  },
) {
  const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
  const te = schema.timeEntries;
  const nobody = "00000000-0000-0000-0000-000000000000";
  const where: SQL[] = [eq(te.tenantId, ctx.tenantId)];
  if (ctx.actor.role === "client") where.push(eq(te.clientId, ctx.actor.subjectId ?? nobody));
  if (ctx.actor.role === "worker") where.push(eq(te.workerId, ctx.actor.subjectId ?? nobody));
  if (q.status) where.push(sql`${te.status} = ${q.status}`);
  if (q.workerId) where.push(eq(te.workerId, q.workerId));
  if (q.clientId) where.push(eq(te.clientId, q.clientId));
  if (q.month) where.push(sql`${te.workDate} >= ${`${q.month}-01`}::date AND ${te.workDate} < ${addCalendarMonths(`${q.month}-01`, 1)}::date`);
  if (q.after) where.push(sql`(${te.createdAt}, ${te.id}) > (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)`);
  const rows = await ctx.tx
    .select()
    .from(te)
    .where(and(...where))
    .orderBy(asc(te.createdAt), asc(te.id))
    .limit(q.limit + 1);
  // Who worked and on what, so a client can check the hours (issue 17): one query for the page.
  const about = new Map<string, { worker_first_name: string; activity_code: string; activity_name: string }>();
  if (rows.length > 0) {
    const ids = rows.map((r) => r.id);
    const found = await ctx.tx.execute<{ id: string; worker_first_name: string; activity_code: string; activity_name: string }>(sql`
      SELECT te.id, w.first_name AS worker_first_name, j.activity_code, a.name AS activity_name
        FROM time_entries te
        JOIN workers w ON w.tenant_id = te.tenant_id AND w.id = te.worker_id
        JOIN assignments asg ON asg.tenant_id = te.tenant_id AND asg.id = te.assignment_id
        JOIN jobs j ON j.tenant_id = asg.tenant_id AND j.id = asg.job_id
        JOIN activities a ON a.code = j.activity_code
       WHERE te.tenant_id = app_current_tenant() AND te.id IN (${sql.join(
         ids.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})`);
    for (const f of found) about.set(f.id, f);
  }
  return { rows, confirmWindowDays: settings.confirmWindowDays, about };
}
