import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { pgError, PG, schema, vouchers as wallet, type Tx } from "@wijkwerk/db";
import { addCalendarMonths, brusselsDateOf, checkCaps, confirmDeadline, resolveSettings, vouchersForMinutes, type Settings } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import "../errors/vouchers.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { DateOnly, errorResponses, IdParams, ListQuery, Month, Page, Uuid } from "../schemas/common.ts";
import { workerMinutes, type WorkerMinutes } from "../work/worker-minutes.ts";

/** RULES §1: nobody works more than a long day on one assignment; more is a typing error. */
const MAX_ENTRY_MINUTES = 12 * 60;
const TravelKm = Type.Number({ minimum: 0, maximum: 999.9, description: "km, at most one decimal" });
const Status = Type.Union([Type.Literal("submitted"), Type.Literal("confirmed"), Type.Literal("disputed"), Type.Literal("awaiting_vouchers"), Type.Literal("cancelled")]);

const TimeEntryOut = Type.Object({
  id: Uuid,
  assignmentId: Uuid,
  workerId: Uuid,
  clientId: Uuid,
  date: Type.String(),
  minutes: Type.Integer(),
  travelKm: Type.Number(),
  vouchers: Type.Integer(),
  status: Status,
  confirmBefore: Type.String({ description: "Last day the client can confirm or dispute; then it is confirmed automatically" }),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
  confirmedBy: Type.Union([Type.String(), Type.Null()]),
  disputeReason: Type.Union([Type.String(), Type.Null()]),
  correctsEntryId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String(),
});
const CreateBody = Type.Object({ assignmentId: Uuid, date: DateOnly, minutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }), travelKm: TravelKm }, { additionalProperties: false });
const CorrectBody = Type.Object({ minutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }), travelKm: TravelKm }, { additionalProperties: false });
const DisputeBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });
const ListQs = Type.Object(
  { ...ListQuery, status: Type.Optional(Status), workerId: Type.Optional(Uuid), clientId: Type.Optional(Uuid), month: Type.Optional(Month) },
  { additionalProperties: false },
);

type Entry = typeof schema.timeEntries.$inferSelect;

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
    confirmBefore: deadlineOf(`${createdOn ?? brusselsDateOf(new Date(r.createdAt))}|${confirmWindowDays}`),
    confirmedAt: r.confirmedAt ? new Date(r.confirmedAt).toISOString() : null,
    confirmedBy: r.confirmedBy ?? null,
    disputeReason: r.disputeReason ?? null,
    correctsEntryId: r.correctsEntryId ?? null,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

/** API.md travelKm: a number with at most one decimal, stored as tenths. */
function tenthsOfKm(km: number, path: string): number {
  const tenths = Math.round(km * 10);
  if (Math.abs(km * 10 - tenths) > 1e-6) throw validationError([{ path, message: "Hoogstens één cijfer na de komma." }]);
  return tenths;
}

/** What the caps and the new entry need of an assignment. */
interface AssignmentRef {
  id: string;
  workerId: string;
  clientId: string;
  startsAt: string;
  /** Brussels date of startsAt. */
  localDate: string;
  minutes: number;
  status: string;
}

interface Locked {
  assignment: AssignmentRef;
  settings: Settings;
  today: string;
  /** The worker's minutes in the assignment's month and year, read under the lock. */
  minutes: WorkerMinutes;
}

/**
 * Binds the transaction to the tenant, takes the per-worker row lock (the same lock as the
 * assignments engine) and reads the assignment, the tenant's settings and the worker's minutes:
 * ONE statement, app_time_entry_context (migration 0021). Hot path of the worker's phone.
 */
async function lockAssignment(tx: Tx, tenantId: string, assignmentId: string): Promise<Locked | undefined> {
  const [row] = await tx.execute<{
    id: string; worker_id: string; client_id: string; starts_at: string | Date; local_date: string; today: string; minutes: number; status: string; settings: Record<string, unknown>;
    month_worked: number; month_planned: number; year_worked: number; year_planned: number;
  }>(sql`SELECT * FROM app_time_entry_context(${tenantId}::uuid, ${assignmentId}::uuid)`);
  if (!row) return undefined;
  return {
    assignment: { id: row.id, workerId: row.worker_id, clientId: row.client_id, startsAt: new Date(row.starts_at).toISOString(), localDate: row.local_date, minutes: Number(row.minutes), status: row.status },
    settings: resolveSettings(row.settings, row.today),
    today: row.today,
    minutes: { month: { worked: row.month_worked, planned: row.month_planned }, year: { worked: row.year_worked, planned: row.year_planned } },
  };
}

/**
 * RULES §1 caps on the actual minutes, read under the worker lock. A planned assignment is
 * replaced by the entry's real minutes, so it must not count twice.
 */
function assertCaps(assignment: AssignmentRef, held: WorkerMinutes, minutes: number, settings: Settings): void {
  const plannedSelf = assignment.status === "proposed" || assignment.status === "accepted" ? assignment.minutes : 0;
  const check = checkCaps({
    usedMonthMinutes: Math.max(0, held.month.worked + held.month.planned - plannedSelf),
    usedYearMinutes: Math.max(0, held.year.worked + held.year.planned - plannedSelf),
    addMinutes: minutes,
    caps: { monthlyCapMinutes: settings.monthlyCapMinutes, yearlyCapMinutes: settings.yearlyCapMinutes },
  });
  const violation = check.violations[0];
  if (violation) {
    throw new AppError(violation, violation === "worker.monthly_cap_exceeded" ? "Met deze uren gaat de wijk-werker over het maandmaximum." : "Met deze uren gaat de wijk-werker over het jaarmaximum.");
  }
}

/**
 * Writes the entry with its outbox message (the client is asked to confirm) and audit row, in
 * one statement (TenantContext.flush).
 */
async function insertEntry(
  ctx: TenantContext,
  args: { assignment: AssignmentRef; held: WorkerMinutes; date: string; minutes: number; tenths: number; correctsEntryId?: string; action: string; before?: unknown; today: string },
  settings: Settings,
): Promise<ReturnType<typeof toTimeEntryOut>> {
  const { tenantId, actor } = ctx;
  const { assignment } = args;
  assertCaps(assignment, args.held, args.minutes, settings);
  const now = new Date().toISOString();
  const entry: Entry = {
    tenantId,
    id: randomUUID(),
    assignmentId: assignment.id,
    workerId: assignment.workerId,
    clientId: assignment.clientId,
    workDate: args.date,
    minutes: args.minutes,
    travelTenthsKm: args.tenths,
    vouchers: vouchersForMinutes(args.minutes),
    status: "submitted",
    submittedByType: actor.role,
    submittedById: actor.sub,
    confirmedAt: null,
    confirmedBy: null,
    disputeReason: null,
    correctsEntryId: args.correctsEntryId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  const out = toTimeEntryOut(entry, settings.confirmWindowDays, args.today);
  ctx.defer(sql`
    INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, travel_tenths_km, vouchers, status,
                              submitted_by_type, submitted_by_id, corrects_entry_id, created_at, updated_at)
    VALUES (${entry.tenantId}, ${entry.id}, ${entry.assignmentId}, ${entry.workerId}, ${entry.clientId}, ${entry.workDate}::date, ${entry.minutes}, ${entry.travelTenthsKm},
            ${entry.vouchers}, ${entry.status}, ${entry.submittedByType}, ${entry.submittedById}, ${entry.correctsEntryId}, ${now}::timestamptz, ${now}::timestamptz)`);
  await ctx.outbox({
    topic: "events/time_entry.to_confirm",
    payload: { timeEntryId: entry.id, clientId: entry.clientId, workerId: entry.workerId, date: entry.workDate, minutes: entry.minutes, vouchers: entry.vouchers, confirmBefore: out.confirmBefore },
  });
  await ctx.audit({ entity: "time_entry", entityId: entry.id, action: args.action, before: args.before, after: out });
  try {
    await ctx.flush();
  } catch (err) {
    if (pgError(err)?.code === PG.uniqueViolation) throw new AppError("time_entry.already_exists", "Voor deze toewijzing zijn de uren al ingegeven.");
    throw err;
  }
  return out;
}

/** A client or worker token sees only its own entries; another's is "not found", never 403. */
function ownedBy(entry: Entry, ctx: TenantContext): boolean {
  if (ctx.actor.role === "client") return entry.clientId === ctx.actor.subjectId;
  if (ctx.actor.role === "worker") return entry.workerId === ctx.actor.subjectId;
  return true;
}

async function loadEntry(ctx: TenantContext, id: string, lock = false): Promise<Entry> {
  const te = schema.timeEntries;
  const q = ctx.tx.select().from(te).where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, id)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !ownedBy(row, ctx)) throw notFound("Deze prestatie");
  return row;
}

/** Time entries (prestaties): hours entered after an assignment, confirmed by the client (API.md, RULES §2, §5). */
const timeEntries: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/time-entries",
    {
      config: { roles: ["worker", "consultant", "admin"], idempotent: true },
      schema: { tags: ["time entries"], summary: "Enter the hours of an assignment", body: CreateBody, response: { 201: TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request, reply) => {
      const { assignmentId, date, minutes, travelKm } = request.body;
      const tenths = tenthsOfKm(travelKm, "travelKm");
      // lockAssignment is the first statement and binds the tenant: no separate set_config.
      const out = await request.tenantTx(async (ctx) => {
        const found = await lockAssignment(ctx.tx, ctx.tenantId, assignmentId);
        if (!found || (ctx.actor.role === "worker" && found.assignment.workerId !== ctx.actor.subjectId)) throw notFound("Deze toewijzing");
        const { assignment, settings, today, minutes: held } = found;
        if (assignment.status !== "accepted" && assignment.status !== "completed") {
          throw new AppError("time_entry.assignment_not_active", `Deze toewijzing is ${assignment.status}: alleen voor een aanvaarde toewijzing kan u uren ingeven.`);
        }
        const plannedDate = assignment.localDate;
        if (date !== plannedDate) throw new AppError("time_entry.outside_assignment", `De toewijzing was op ${plannedDate}, niet op ${date}.`);
        if (minutes > MAX_ENTRY_MINUTES) throw new AppError("time_entry.outside_assignment", "Meer dan 12 uur op één dag kan niet voor één toewijzing.");
        return insertEntry(ctx, { assignment, held, date, minutes, tenths, action: "create", today }, settings);
      }, { bindInFirstStatement: true });
      return reply.status(201).send(out);
    },
  );

  app.post(
    "/v1/time-entries/:id/confirm",
    {
      config: { roles: ["client", "consultant", "admin"] },
      schema: { tags: ["time entries"], summary: "Confirm an entry: its vouchers are consumed, oldest expiry first", params: IdParams, response: { 200: TimeEntryOut, ...errorResponses(401, 403, 404, 409) } },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
        await loadEntry(ctx, request.params.id);
        const staff = ctx.actor.role !== "client";
        const res = await wallet.confirmTimeEntry(ctx.tx, ctx.tenantId, request.params.id, {
          by: staff ? "consultant" : "client",
          now: new Date(),
          // A consultant settles a dispute by confirming; a client's own dispute stands until then.
          allowFrom: staff ? ["submitted", "awaiting_vouchers", "disputed"] : ["submitted", "awaiting_vouchers"],
        });
        if (res.outcome === "not_found") throw notFound("Deze prestatie");
        if (res.outcome === "not_confirmable") throw new AppError("time_entry.not_confirmable", `Deze prestatie is al ${res.entry.status}.`);
        await ctx.outbox(res.events);
        const after = toTimeEntryOut(res.entry, settings.confirmWindowDays);
        await ctx.audit({ entity: "time_entry", entityId: res.entry.id, action: "confirm", before: toTimeEntryOut(res.before, settings.confirmWindowDays), after });
        return after;
      }),
  );

  app.post(
    "/v1/time-entries/:id/dispute",
    {
      config: { roles: ["client"] },
      schema: { tags: ["time entries"], summary: "Dispute an entry; the consultant is told", params: IdParams, body: DisputeBody, response: { 200: TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
        const entry = await loadEntry(ctx, request.params.id, true);
        if (entry.status !== "submitted") throw new AppError("time_entry.not_disputable", `Deze prestatie is al ${entry.status}.`);
        const te = schema.timeEntries;
        const [after] = await ctx.tx
          .update(te)
          .set({ status: "disputed", disputeReason: request.body.reason, updatedAt: sql`now()` })
          .where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, entry.id)))
          .returning();
        await ctx.outbox({ topic: "events/time_entry.disputed", payload: { timeEntryId: entry.id, clientId: entry.clientId, workerId: entry.workerId, date: entry.workDate, reason: request.body.reason } });
        const out = toTimeEntryOut(after!, settings.confirmWindowDays);
        await ctx.audit({ entity: "time_entry", entityId: entry.id, action: "dispute", before: toTimeEntryOut(entry, settings.confirmWindowDays), after: out });
        return out;
      }),
  );

  app.post(
    "/v1/time-entries/:id/correct",
    {
      config: { roles: ["consultant", "admin"], idempotent: true },
      schema: {
        tags: ["time entries"],
        summary: "Replace an entry by a corrected one (the old one is cancelled, history is kept)",
        params: IdParams,
        body: CorrectBody,
        response: { 201: TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const tenths = tenthsOfKm(request.body.travelKm, "travelKm");
      const out = await request.tenantTx(async (ctx) => {
        const peek = await loadEntry(ctx, request.params.id);
        // Worker lock first, as every path that changes a worker's minutes.
        const found = await lockAssignment(ctx.tx, ctx.tenantId, peek.assignmentId);
        if (!found) throw notFound("Deze toewijzing");
        const old = await cancelEntry(ctx, request.params.id);
        if (request.body.minutes > MAX_ENTRY_MINUTES) throw new AppError("time_entry.outside_assignment", "Meer dan 12 uur op één dag kan niet voor één toewijzing.");
        // Read again after the cancellation: the old entry's minutes no longer count.
        const held = await workerMinutes(ctx.tx, found.assignment.workerId, old.workDate);
        return insertEntry(
          ctx,
          { assignment: found.assignment, held, date: old.workDate, minutes: request.body.minutes, tenths, correctsEntryId: old.id, action: "correct", before: toTimeEntryOut(old, found.settings.confirmWindowDays), today: found.today },
          found.settings,
        );
      });
      return reply.status(201).send(out);
    },
  );

  app.post(
    "/v1/time-entries/:id/cancel",
    {
      config: { roles: ["consultant", "admin"] },
      schema: { tags: ["time entries"], summary: "Cancel an entry that was not confirmed yet", params: IdParams, response: { 200: TimeEntryOut, ...errorResponses(401, 403, 404, 409) } },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
        const before = await cancelEntry(ctx, request.params.id);
        const after = await loadEntry(ctx, before.id);
        const out = toTimeEntryOut(after, settings.confirmWindowDays);
        await ctx.audit({ entity: "time_entry", entityId: before.id, action: "cancel", before: toTimeEntryOut(before, settings.confirmWindowDays), after: out });
        return out;
      }),
  );

  app.get(
    "/v1/time-entries",
    {
      config: { roles: ["admin", "consultant", "finance", "client", "worker"] },
      schema: { tags: ["time entries"], summary: "List time entries", querystring: ListQs, response: { 200: Page(TimeEntryOut), ...errorResponses(401, 403, 422) } },
    },
    async (request) => {
      const q = request.query;
      const limit = q.limit ?? 50;
      const after = decodeCursor(q.cursor, 2);
      return request.tenantTx(async (ctx) => {
        const settings = await wallet.tenantSettings(ctx.tx, ctx.tenantId);
        const te = schema.timeEntries;
        const where: SQL[] = [eq(te.tenantId, ctx.tenantId)];
        if (ctx.actor.role === "client") where.push(eq(te.clientId, ctx.actor.subjectId ?? "00000000-0000-0000-0000-000000000000"));
        if (ctx.actor.role === "worker") where.push(eq(te.workerId, ctx.actor.subjectId ?? "00000000-0000-0000-0000-000000000000"));
        if (q.status) where.push(eq(te.status, q.status));
        if (q.workerId) where.push(eq(te.workerId, q.workerId));
        if (q.clientId) where.push(eq(te.clientId, q.clientId));
        if (q.month) where.push(sql`${te.workDate} >= ${`${q.month}-01`}::date AND ${te.workDate} < ${addCalendarMonths(`${q.month}-01`, 1)}::date`);
        if (after) where.push(sql`(${te.createdAt}, ${te.id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
        const rows = await ctx.tx.select().from(te).where(and(...where)).orderBy(asc(te.createdAt), asc(te.id)).limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.createdAt, r.id]);
        return { items: page.items.map((r) => toTimeEntryOut(r, settings.confirmWindowDays)), nextCursor: page.nextCursor };
      });
    },
  );
};

/** Confirmed entries consumed vouchers and may be paid out: those are never cancelled here. */
async function cancelEntry(ctx: TenantContext, id: string): Promise<Entry> {
  const entry = await loadEntry(ctx, id, true);
  if (!["submitted", "disputed", "awaiting_vouchers"].includes(entry.status)) {
    throw new AppError("time_entry.not_correctable", `Deze prestatie is al ${entry.status}.`);
  }
  const te = schema.timeEntries;
  await ctx.tx.update(te).set({ status: "cancelled", updatedAt: sql`now()` }).where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, entry.id)));
  return entry;
}

export default timeEntries;
