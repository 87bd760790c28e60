import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { brusselsDateOf, expandRecurrence, isoBrussels, firstDateWithoutAgreement, formatDutchDate, ScheduleError, validateRrule } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import "../errors/work.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { DateOnly, errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";
import { brusselsLocal } from "../work/time.ts";

/** A series never produces more than two years of weekly klussen in one go. */
export const MAX_OCCURRENCES = 104;

const Instant = Type.String({ format: "date-time", examples: ["2026-03-31T09:00:00+02:00"] });
const Window = Type.Object({ from: Instant, to: Instant }, { additionalProperties: false });
const JobStatus = Type.Union([Type.Literal("open"), Type.Literal("assigned"), Type.Literal("done"), Type.Literal("cancelled")]);
const CreateBody = Type.Object(
  {
    clientId: Uuid,
    activityCode: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    estimatedMinutes: Type.Integer({ minimum: 15, maximum: 24 * 60 }),
    window: Window,
    recurrence: Type.Optional(Type.Object({ rrule: Type.String({ minLength: 1, maxLength: 300 }), until: DateOnly }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
const WindowOut = Type.Object({ from: Type.String(), to: Type.String() });
export const JobOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  activityCode: Type.String(),
  description: Type.String(),
  estimatedMinutes: Type.Integer(),
  window: WindowOut,
  neighbourhoodId: Uuid,
  status: JobStatus,
  parentJobId: Type.Union([Uuid, Type.Null()]),
  recurrence: Type.Union([Type.Object({ rrule: Type.String(), until: Type.String() }), Type.Null()]),
  cancellation: Type.Union([Type.Object({ at: Type.String(), by: Type.Union([Type.Literal("client"), Type.Literal("consultant")]), reason: Type.String() }), Type.Null()], {
    description: "Who cancelled the job, when and why (status cancelled)",
  }),
  doneAt: Type.Union([Type.String(), Type.Null()], { description: "When the last hours of the job were confirmed (status done)" }),
  createdAt: Type.String(),
});
const OccurrenceOut = Type.Object({ id: Uuid, window: WindowOut, status: JobStatus });
const AssignmentSummary = Type.Object({ id: Uuid, workerId: Uuid, startsAt: Type.String(), endsAt: Type.String(), status: Type.String() });
const JobDetail = Type.Composite([JobOut, Type.Object({ occurrences: Type.Array(OccurrenceOut), assignments: Type.Array(AssignmentSummary) })]);
const ListQuerySchema = Type.Object({ ...ListQuery, status: Type.Optional(JobStatus), neighbourhoodId: Type.Optional(Uuid) }, { additionalProperties: false });

export interface JobRow {
  id: string;
  client_id: string;
  activity_code: string;
  description: string;
  estimated_minutes: number;
  window_from: string;
  window_to: string;
  neighbourhood_id: string;
  status: "open" | "assigned" | "done" | "cancelled";
  parent_job_id: string | null;
  recurrence_rrule: string | null;
  recurrence_until: string | null;
  cancelled_at: string | null;
  cancelled_by: "client" | "consultant" | null;
  cancel_reason: string | null;
  done_at: string | null;
  created_at: string;
}

export function jobOut(r: JobRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    activityCode: r.activity_code,
    description: r.description,
    estimatedMinutes: r.estimated_minutes,
    window: { from: isoBrussels(r.window_from), to: isoBrussels(r.window_to) },
    neighbourhoodId: r.neighbourhood_id,
    status: r.status,
    parentJobId: r.parent_job_id,
    recurrence: r.recurrence_rrule && r.recurrence_until ? { rrule: r.recurrence_rrule, until: r.recurrence_until } : null,
    cancellation: r.cancelled_at && r.cancelled_by ? { at: isoBrussels(r.cancelled_at), by: r.cancelled_by, reason: r.cancel_reason ?? "" } : null,
    doneAt: r.done_at ? isoBrussels(r.done_at) : null,
    createdAt: isoBrussels(r.created_at),
  };
}

/** A job the caller may see: staff see all of their tenant (RLS), a client only its own. Else 404. */
export async function visibleJob(tx: Tx, actor: TokenClaims, id: string, lock = false): Promise<JobRow> {
  const rows = (await tx.execute(sql`SELECT * FROM jobs WHERE tenant_id = app_current_tenant() AND id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`)) as unknown as JobRow[];
  const job = rows[0];
  if (!job || (actor.role === "client" && job.client_id !== actor.subjectId)) throw notFound("Deze klus");
  return job;
}

interface Series { from: string; to: string }

/** The windows of a job: one, or every occurrence of its recurrence (Brussels wall-clock, DST-safe). */
function windowsOf(body: { window: Series; recurrence?: { rrule: string; until: string } | undefined }): Series[] {
  const { window, recurrence } = body;
  if (!recurrence) return [window];
  const check = validateRrule(recurrence.rrule);
  if (!check.ok) throw validationError([{ path: "recurrence.rrule", message: `Deze herhaling kunnen we niet lezen: ${check.reason}.` }]);
  const minutes = Math.round((Date.parse(window.to) - Date.parse(window.from)) / 60_000);
  if (recurrence.until < brusselsDateOf(window.from)) throw validationError([{ path: "recurrence.until", message: "De einddatum van de herhaling ligt vóór de eerste klus." }]);
  try {
    const occurrences = expandRecurrence({ rrule: recurrence.rrule, startLocal: brusselsLocal(window.from), durationMinutes: minutes, until: recurrence.until, maxOccurrences: MAX_OCCURRENCES });
    if (occurrences.length === 0) throw validationError([{ path: "recurrence.rrule", message: "Deze herhaling geeft geen enkele datum." }]);
    return occurrences.map((o) => ({ from: o.startsAt, to: o.endsAt }));
  } catch (err) {
    if (err instanceof ScheduleError && err.code === "schedule.too_many") {
      throw new AppError("job.too_many_occurrences", `Een herhaling mag hoogstens ${MAX_OCCURRENCES} klussen geven. Kies een vroegere einddatum.`, { errors: [{ path: "recurrence.until", message: `Hoogstens ${MAX_OCCURRENCES} klussen.` }] });
    }
    if (err instanceof ScheduleError) throw validationError([{ path: "recurrence", message: `Deze herhaling kunnen we niet gebruiken: ${err.message}.` }]);
    throw err;
  }
}

/** The Brussels days a window touches: its start day and, for work past midnight, the day it ends. */
function daysOf(w: Series): string[] {
  return [brusselsDateOf(w.from), brusselsDateOf(new Date(Date.parse(w.to) - 1))];
}

/**
 * RULES §3: every occurrence lies within a client agreement (renewals may follow each other). A
 * series that runs past the agreement is refused as a whole, not cut short: the consultant or the
 * client asked for those weeks, and quietly leaving some out would look planned when it is not.
 * The answer names the first date without an agreement and the last date that would fit, so they
 * can renew the agreement first (a renewal may start in advance) or choose an earlier end date.
 */
async function assertAgreementCovers(tx: Tx, clientId: string, windows: readonly Series[], recurring: boolean): Promise<void> {
  const agreements = (await tx.execute(sql`
    SELECT start_date::text AS "startDate", end_date::text AS "endDate" FROM client_agreements
     WHERE tenant_id = app_current_tenant() AND client_id = ${clientId}`)) as unknown as { startDate: string; endDate: string }[];
  const gap = firstDateWithoutAgreement(windows.flatMap(daysOf), agreements);
  if (!gap) return;
  const day = formatDutchDate(gap.date);
  // Every day before the first gap is covered: the last occurrence wholly before it still fits.
  const fits = windows.filter((w) => daysOf(w).every((d) => d < gap.date)).at(-1);
  if (!recurring || !fits) {
    throw new AppError("client.no_active_agreement", `De klant heeft geen gebruikersovereenkomst die loopt op ${day}.`, { firstDateWithoutAgreement: gap.date });
  }
  const lastFit = brusselsDateOf(fits.from);
  throw new AppError(
    "client.no_active_agreement",
    `De gebruikersovereenkomst van de klant loopt niet tot het einde van de herhaling: op ${day} is er geen overeenkomst. ` +
      `Verleng eerst de overeenkomst, of laat de herhaling ten laatste op ${formatDutchDate(lastFit)} eindigen. Er is nog niets gepland.`,
    {
      firstDateWithoutAgreement: gap.date,
      suggestedUntil: lastFit,
      errors: [{ path: "recurrence.until", message: `Op ${day} loopt er geen gebruikersovereenkomst. Kies ten laatste ${formatDutchDate(lastFit)}.` }],
    },
  );
}

/** Jobs (klussen): created by a consultant or by the client itself, matched and assigned later. */
const jobs: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/jobs",
    {
      config: { roles: ["admin", "consultant", "client"], errors: ["resource.not_found", "client.no_active_agreement", "job.activity_not_allowed", "job.too_many_occurrences"] },
      schema: {
        tags: ["jobs"],
        summary: "Create a job (and its occurrences)",
        description:
          "409 `client.no_active_agreement`: a day of the job, or of any occurrence of its recurrence, has no client agreement. " +
          "A series is created whole or not at all; the problem names `firstDateWithoutAgreement` and, for a series, `suggestedUntil` (the last occurrence date that fits).",
        body: CreateBody,
        response: { 201: Type.Composite([JobOut, Type.Object({ occurrences: Type.Array(OccurrenceOut) })]), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const actor = request.claims;
      if (actor.role === "client" && actor.subjectId !== body.clientId) throw new AppError("auth.forbidden", "U kan alleen voor uzelf een klus aanvragen.");
      const from = Date.parse(body.window.from);
      const to = Date.parse(body.window.to);
      if (!(to > from)) throw validationError([{ path: "window.to", message: "Het einde moet na het begin liggen." }]);
      if (to - from > 24 * 3600_000) throw validationError([{ path: "window.to", message: "Een klus duurt hoogstens één dag. Gebruik een herhaling voor meer dagen." }]);
      if (body.estimatedMinutes > (to - from) / 60_000) throw validationError([{ path: "estimatedMinutes", message: "De geschatte duur is langer dan het tijdvak." }]);
      const windows = windowsOf(body);

      const out = await request.tenantTx(async ({ tx, audit }) => {
        const [client] = (await tx.execute(sql`
          SELECT c.id, c.type, c.neighbourhood_id,
                 EXISTS (SELECT 1 FROM municipality_activities ma
                          WHERE ma.tenant_id = c.tenant_id AND ma.municipality_id = c.municipality_id
                            AND ma.activity_code = ${body.activityCode} AND c.type = ANY (ma.client_types)) AS allowed
            FROM clients c WHERE c.tenant_id = app_current_tenant() AND c.id = ${body.clientId}`)) as unknown as { id: string; type: string; neighbourhood_id: string; allowed: boolean }[];
        if (!client) throw notFound("Deze klant");
        if (!client.allowed) throw new AppError("job.activity_not_allowed", `De activiteit ${body.activityCode} is in deze gemeente niet toegelaten voor dit soort klant.`, { errors: [{ path: "activityCode", message: "Niet toegelaten voor deze klant." }] });
        await assertAgreementCovers(tx, client.id, windows, body.recurrence !== undefined);

        const ids = windows.map(() => randomUUID());
        const parentId = ids[0]!;
        const rows = windows.map((w, i) => ({
          id: ids[i]!,
          from: w.from,
          to: w.to,
          parent: i === 0 ? null : parentId,
        }));
        const inserted = (await tx.execute(sql`
          INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id,
                            recurrence_rrule, recurrence_until, parent_job_id, created_by_type, created_by_id)
          SELECT app_current_tenant(), r.id, ${client.id}, ${body.activityCode}, ${body.description}, ${body.estimatedMinutes}, r.f, r.t, ${client.neighbourhood_id},
                 ${body.recurrence?.rrule ?? null}, ${body.recurrence?.until ?? null}::date, r.p, ${actor.role}, ${actor.sub}
            FROM jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, f: r.from, t: r.to, p: r.parent })))}::jsonb) AS r(id uuid, f timestamptz, t timestamptz, p uuid)
          RETURNING *`)) as unknown as JobRow[];
        const byId = new Map(inserted.map((r) => [r.id, r]));
        const parent = jobOut(byId.get(parentId)!);
        const occurrences = ids.slice(1).map((id) => {
          const r = byId.get(id)!;
          return { id, window: { from: isoBrussels(r.window_from), to: isoBrussels(r.window_to) }, status: r.status };
        });
        await audit({ entity: "job", entityId: parentId, action: "create", after: { ...parent, occurrenceCount: occurrences.length } });
        return { ...parent, occurrences };
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/jobs",
    { config: { roles: ["admin", "consultant", "client"] }, schema: { tags: ["jobs"], summary: "List jobs", querystring: ListQuerySchema, response: { 200: Page(JobOut), ...errorResponses(401, 403, 422) } } },
    async (request) => {
      const { status, neighbourhoodId } = request.query;
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const actor = request.claims;
      return request.tenantTx(async ({ tx }) => {
        const rows = (await tx.execute(sql`
          SELECT *, created_at::text AS cursor_at FROM jobs
           WHERE tenant_id = app_current_tenant()
             ${status ? sql`AND status = ${status}` : sql``}
             ${neighbourhoodId ? sql`AND neighbourhood_id = ${neighbourhoodId}` : sql``}
             ${actor.role === "client" ? sql`AND client_id = ${actor.subjectId ?? null}` : sql``}
             ${after ? sql`AND (created_at, id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
           ORDER BY created_at, id
           LIMIT ${limit + 1}`)) as unknown as (JobRow & { cursor_at: string })[];
        const page = pageOf(rows, limit, (r) => [r.cursor_at, r.id]);
        return { items: page.items.map(jobOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/jobs/:id",
    { config: { roles: ["admin", "consultant", "client"] }, schema: { tags: ["jobs"], summary: "A job with its occurrences and assignments", params: IdParams, response: { 200: JobDetail, ...errorResponses(401, 403, 404) } } },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        const job = await visibleJob(tx, actor, request.params.id);
        const occ = (await tx.execute(sql`
          SELECT id, window_from, window_to, status FROM jobs
           WHERE tenant_id = app_current_tenant() AND parent_job_id = ${job.id} ORDER BY window_from`)) as unknown as JobRow[];
        const asg = (await tx.execute(sql`
          SELECT id, worker_id, starts_at, ends_at, status FROM assignments
           WHERE tenant_id = app_current_tenant() AND job_id = ${job.id} ORDER BY created_at`)) as unknown as { id: string; worker_id: string; starts_at: string; ends_at: string; status: string }[];
        return {
          ...jobOut(job),
          occurrences: occ.map((o) => ({ id: o.id, window: { from: isoBrussels(o.window_from), to: isoBrussels(o.window_to) }, status: o.status })),
          assignments: asg.map((a) => ({ id: a.id, workerId: a.worker_id, startsAt: isoBrussels(a.starts_at), endsAt: isoBrussels(a.ends_at), status: a.status })),
        };
      }),
  );
};

export default jobs;
