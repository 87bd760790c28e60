import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { pgError, PG, schema, vouchers as wallet } from "@wijkwerk/db";
import { addCalendarMonths, travelKmToTenths } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { DateOnly, errorResponses, IdParams, ListQuery, Month, Page, Uuid } from "../schemas/common.ts";
import { createTimeEntryBatcher } from "../work/time-entry-batch.ts";
import { ALREADY_EXISTS, capsProblem, lockAssignments, MAX_ENTRY_MINUTES, newEntry, toTimeEntryOut, type Entry } from "../work/time-entry-write.ts";
import { workerMinutes } from "../work/worker-minutes.ts";

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

/** API.md travelKm: a number with at most one decimal, stored as tenths (the domain's rule). */
function tenthsOfKm(km: number, path: string): number {
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

async function loadEntry(ctx: TenantContext, id: string, lock = false): Promise<Entry> {
  const te = schema.timeEntries;
  const q = ctx.tx.select().from(te).where(and(eq(te.tenantId, ctx.tenantId), eq(te.id, id)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || !ownedBy(row, ctx)) throw notFound("Deze prestatie");
  return row;
}

/** Time entries (prestaties): hours entered after an assignment, confirmed by the client (API.md, RULES §2, §5). */
const timeEntries: FastifyPluginAsyncTypebox = async (app) => {
  const batcher = createTimeEntryBatcher(app.deps.database);
  app.post(
    "/v1/time-entries",
    {
      config: { roles: ["worker", "consultant", "admin"], idempotent: true, errors: ["resource.not_found", "time_entry.assignment_not_active", "time_entry.outside_assignment", "time_entry.future_date", "time_entry.over_planned", "time_entry.already_exists", "worker.monthly_cap_exceeded", "worker.yearly_cap_exceeded"] },
      schema: { tags: ["time entries"], summary: "Enter the hours of an assignment", body: CreateBody, response: { 201: TimeEntryOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request, reply) => {
      const { assignmentId, date, minutes, travelKm } = request.body;
      const tenths = tenthsOfKm(travelKm, "travelKm");
      const out = await batcher.submit({ tenantId: request.claims.tid, actor: request.claims, requestId: request.id, assignmentId, date, minutes, tenths });
      request.auditCount++; // the batch wrote this request's audit row
      return reply.status(201).send(out);
    },
  );

  app.post(
    "/v1/time-entries/:id/confirm",
    {
      config: { roles: ["client", "consultant", "admin"], errors: ["time_entry.not_confirmable"] },
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
      config: { roles: ["client"], errors: ["time_entry.not_disputable"] },
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
      config: { roles: ["consultant", "admin"], idempotent: true, errors: ["time_entry.not_correctable", "time_entry.outside_assignment", "time_entry.already_exists", "worker.monthly_cap_exceeded", "worker.yearly_cap_exceeded"] },
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
        const found = (await lockAssignments(ctx.tx, ctx.tenantId, [peek.assignmentId])).get(peek.assignmentId);
        if (!found) throw notFound("Deze toewijzing");
        const old = await cancelEntry(ctx, request.params.id);
        if (request.body.minutes > MAX_ENTRY_MINUTES) throw new AppError("time_entry.outside_assignment", "Meer dan 12 uur op één dag kan niet voor één toewijzing.");
        // Read again after the cancellation: the old entry's minutes no longer count.
        const held = await workerMinutes(ctx.tx, found.assignment.workerId, old.workDate);
        const caps = capsProblem(found.assignment, held, request.body.minutes, found.settings);
        if (caps) throw caps;
        const e = newEntry({ tenantId: ctx.tenantId, actor: ctx.actor, assignment: found.assignment, date: old.workDate, minutes: request.body.minutes, tenths, correctsEntryId: old.id, today: found.today }, found.settings);
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
      });
      return reply.status(201).send(out);
    },
  );

  app.post(
    "/v1/time-entries/:id/cancel",
    {
      config: { roles: ["consultant", "admin"], errors: ["time_entry.not_correctable"] },
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
