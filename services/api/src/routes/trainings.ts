import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyRequest } from "fastify";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { brusselsDateOf, dayRange, isoBrussels, plannedReminderAt } from "@wijkwerk/domain";
import type { OutboxMessage } from "@wijkwerk/queue";
import type { TokenClaims } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import "../errors/training.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { epochOf } from "../scheduling/time.ts";
import { DateOnly, errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";

const STAFF = ["admin", "consultant"] as const;
const Instant = Type.String({ format: "date-time", examples: ["2026-03-31T09:00:00+02:00"] });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

const TrainingBody = Type.Object(
  { name: Text(200), skillId: Uuid, description: Type.String({ maxLength: 4000 }), durationMinutes: Type.Integer({ minimum: 1, maximum: 24 * 60 * 30 }) },
  { additionalProperties: false },
);
const TrainingOut = Type.Object({ id: Uuid, name: Type.String(), skillId: Uuid, description: Type.String(), durationMinutes: Type.Integer(), createdAt: Type.String() });

const SessionBody = Type.Object(
  { trainingId: Uuid, startsAt: Instant, endsAt: Instant, location: Text(300), capacity: Type.Integer({ minimum: 1, maximum: 1000 }), trainer: Text(200) },
  { additionalProperties: false },
);
const SessionOut = Type.Object({
  id: Uuid,
  trainingId: Uuid,
  trainingName: Type.String(),
  skillId: Uuid,
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
  capacity: Type.Integer(),
  trainer: Type.String(),
  enrolled: Type.Integer({ description: "Places taken (enrolled, attended or absent)." }),
  waitlisted: Type.Integer(),
});
const SessionQuery = Type.Object({ ...ListQuery, from: Type.Optional(DateOnly), to: Type.Optional(DateOnly), trainingId: Type.Optional(Uuid) }, { additionalProperties: false });

const EnrollmentStatus = Type.Union([Type.Literal("enrolled"), Type.Literal("waitlisted"), Type.Literal("cancelled"), Type.Literal("attended"), Type.Literal("absent")]);
const EnrollBody = Type.Object({ workerId: Uuid }, { additionalProperties: false });
const EnrollmentOut = Type.Object({
  sessionId: Uuid,
  workerId: Uuid,
  status: EnrollmentStatus,
  waitlistPosition: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: "1 = next in line; null unless waitlisted." }),
});
const EnrollmentListItem = Type.Composite([EnrollmentOut, Type.Object({ firstName: Type.String(), lastName: Type.String(), enrolledAt: Type.String() })]);
const CancelOut = Type.Composite([EnrollmentOut, Type.Object({ promotedWorkerId: Type.Union([Uuid, Type.Null()]) })]);
const WorkerParams = Type.Object({ id: Uuid, workerId: Uuid });
const AttendanceBody = Type.Object({ workerId: Uuid, attended: Type.Boolean() }, { additionalProperties: false });
const AttendanceOut = Type.Object({
  sessionId: Uuid,
  workerId: Uuid,
  status: Type.Union([Type.Literal("attended"), Type.Literal("absent")]),
  skill: Type.Union([Type.Object({ skillId: Uuid, obtainedOn: Type.String() }), Type.Null()]),
});

const DemandItem = Type.Object({
  neighbourhoodId: Uuid,
  neighbourhoodName: Type.String(),
  activityCode: Type.String(),
  skillName: Type.String(),
  skillId: Type.Union([Uuid, Type.Null()], { description: "null when the tenant has no skill of that name yet." }),
  openJobs: Type.Integer(),
  qualifiedWorkers: Type.Integer(),
  suggestTraining: Type.Boolean({ description: "openJobs > qualifiedWorkers: more open klussen than qualified workers nearby." }),
  trainingId: Type.Union([Uuid, Type.Null()], { description: "A training that grants the skill, to schedule a session of." }),
  nextSessionId: Type.Union([Uuid, Type.Null()], { description: "The next session of such a training, if one is planned." }),
});

interface TrainingRow {
  id: string;
  name: string;
  skill_id: string;
  description: string;
  duration_minutes: number;
  created_at: string;
}

interface SessionRow {
  id: string;
  training_id: string;
  training_name: string;
  skill_id: string;
  starts_at: string;
  ends_at: string;
  location: string;
  capacity: number;
  trainer: string;
  enrolled: number;
  waitlisted: number;
}

interface EnrollmentRow {
  worker_id: string;
  status: "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";
  position: number;
}

/** Statuses that hold one of the session's places. */
const SEATED = ["enrolled", "attended", "absent"] as const;

function sessionOut(r: SessionRow) {
  return {
    id: r.id,
    trainingId: r.training_id,
    trainingName: r.training_name,
    skillId: r.skill_id,
    startsAt: isoBrussels(r.starts_at),
    endsAt: isoBrussels(r.ends_at),
    location: r.location,
    capacity: r.capacity,
    trainer: r.trainer,
    enrolled: Number(r.enrolled),
    waitlisted: Number(r.waitlisted),
  };
}

async function loadSession(tx: Tx, id: string, lock: boolean): Promise<SessionRow> {
  if (lock) {
    // The session row lock serialises everything that changes who holds a place: capacity is never
    // exceeded. Counted in a later statement, so the counts see what the previous holder committed.
    await tx.execute(sql`SELECT 1 FROM training_sessions WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`);
  }
  const [row] = (await tx.execute(sql`
    SELECT s.id, s.training_id, t.name AS training_name, t.skill_id, s.starts_at::text, s.ends_at::text, s.location, s.capacity, s.trainer,
           (SELECT count(*) FROM training_enrollments e WHERE e.tenant_id = s.tenant_id AND e.session_id = s.id AND e.status IN ('enrolled', 'attended', 'absent'))::int AS enrolled,
           (SELECT count(*) FROM training_enrollments e WHERE e.tenant_id = s.tenant_id AND e.session_id = s.id AND e.status = 'waitlisted')::int AS waitlisted
      FROM training_sessions s JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
     WHERE s.tenant_id = app_current_tenant() AND s.id = ${id}`)) as unknown as SessionRow[];
  if (!row) throw notFound("Deze opleidingssessie");
  return row;
}

async function loadEnrollment(tx: Tx, sessionId: string, workerId: string): Promise<EnrollmentRow | undefined> {
  const [row] = (await tx.execute(sql`
    SELECT worker_id, status, position FROM training_enrollments
     WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND worker_id = ${workerId}`)) as unknown as EnrollmentRow[];
  return row;
}

async function waitlistPosition(tx: Tx, sessionId: string, e: EnrollmentRow): Promise<number | null> {
  if (e.status !== "waitlisted") return null;
  const [r] = (await tx.execute(sql`
    SELECT count(*)::int AS n FROM training_enrollments
     WHERE tenant_id = app_current_tenant() AND session_id = ${sessionId} AND status = 'waitlisted' AND position <= ${e.position}`)) as unknown as { n: number }[];
  return r?.n ?? null;
}

async function requireWorker(tx: Tx, workerId: string): Promise<{ id: string; status: string; first_name: string }> {
  const [w] = (await tx.execute(sql`SELECT id, status, first_name FROM workers WHERE tenant_id = app_current_tenant() AND id = ${workerId}`)) as unknown as { id: string; status: string; first_name: string }[];
  if (!w) throw notFound("Deze wijk-werker");
  return w;
}

/** A worker token acts only for itself (API.md roles); staff act for anyone. */
function assertSelf(actor: TokenClaims, workerId: string): void {
  if (actor.role === "worker" && actor.subjectId !== workerId) throw new AppError("auth.forbidden", "U kan alleen uzelf inschrijven of uitschrijven.");
}

/** Payload for events/training.reminder and events/training.promoted (notifications worker renders it). */
function sessionPayload(s: SessionRow, workerId: string) {
  return { sessionId: s.id, trainingId: s.training_id, training: s.training_name, workerId, startsAt: isoBrussels(s.starts_at), endsAt: isoBrussels(s.ends_at), location: s.location };
}

function reminderFor(s: SessionRow, workerId: string, now: Date): OutboxMessage[] {
  const at = plannedReminderAt(isoBrussels(s.starts_at), now);
  return at ? [{ topic: "events/training.reminder", payload: sessionPayload(s, workerId), availableAt: at }] : [];
}

/** A reminder for a place that is given up must never go out. */
async function dropPendingReminder(tx: Tx, sessionId: string, workerId: string): Promise<void> {
  await tx.execute(sql`
    DELETE FROM outbox WHERE tenant_id = app_current_tenant() AND topic = 'events/training.reminder' AND relayed_at IS NULL
       AND payload->>'sessionId' = ${sessionId} AND payload->>'workerId' = ${workerId}`);
}

function assertFuture(s: SessionRow, now: Date): void {
  if (epochOf(s.starts_at) <= now.getTime()) throw new AppError("training.session_started", `Deze sessie begon op ${isoBrussels(s.starts_at)}.`);
}

/** Trainings, their sessions, enrolment with a waitlist, attendance that grants the skill (RULES.md §8). */
const trainings: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/trainings",
    { config: { roles: STAFF, errors: ["resource.not_found"] }, schema: { tags: ["training"], summary: "Add a training", body: TrainingBody, response: { 201: TrainingOut, ...errorResponses(401, 403, 404, 422) } } },
    async (request, reply) => {
      const b = request.body;
      const out = await request.tenantTx(async ({ tx, audit }) => {
        const [skill] = (await tx.execute(sql`SELECT id FROM skills WHERE tenant_id = app_current_tenant() AND id = ${b.skillId}`)) as unknown as { id: string }[];
        if (!skill) throw notFound("Deze competentie");
        const [r] = (await tx.execute(sql`
          INSERT INTO trainings (tenant_id, id, name, skill_id, description, duration_minutes)
          VALUES (app_current_tenant(), ${randomUUID()}, ${b.name.trim()}, ${b.skillId}, ${b.description}, ${b.durationMinutes})
          RETURNING id, name, skill_id, description, duration_minutes, created_at::text`)) as unknown as TrainingRow[];
        const o = { id: r!.id, name: r!.name, skillId: r!.skill_id, description: r!.description, durationMinutes: r!.duration_minutes, createdAt: isoBrussels(r!.created_at) };
        await audit({ entity: "training", entityId: o.id, action: "create", after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/trainings",
    { config: { roles: [...STAFF, "worker"] }, schema: { tags: ["training"], summary: "List trainings", querystring: Type.Object(ListQuery, { additionalProperties: false }), response: { 200: Page(TrainingOut), ...errorResponses(401, 403, 422) } } },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const rows = (await tx.execute(sql`
          SELECT id, name, skill_id, description, duration_minutes, created_at::text FROM trainings
           WHERE tenant_id = app_current_tenant()
             ${after ? sql`AND (created_at, id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
           ORDER BY created_at, id LIMIT ${limit + 1}`)) as unknown as TrainingRow[];
        const page = pageOf(rows, limit, (r) => [r.created_at, r.id]);
        return {
          items: page.items.map((r) => ({ id: r.id, name: r.name, skillId: r.skill_id, description: r.description, durationMinutes: r.duration_minutes, createdAt: isoBrussels(r.created_at) })),
          nextCursor: page.nextCursor,
        };
      });
    },
  );

  app.post(
    "/v1/training-sessions",
    { config: { roles: STAFF, errors: ["resource.not_found"] }, schema: { tags: ["training"], summary: "Plan a training session", body: SessionBody, response: { 201: SessionOut, ...errorResponses(401, 403, 404, 422) } } },
    async (request, reply) => {
      const b = request.body;
      if (epochOf(b.endsAt) <= epochOf(b.startsAt)) throw validationError([{ path: "endsAt", message: "Moet na het begin liggen." }]);
      const out = await request.tenantTx(async ({ tx, audit }) => {
        const [training] = (await tx.execute(sql`SELECT id FROM trainings WHERE tenant_id = app_current_tenant() AND id = ${b.trainingId}`)) as unknown as { id: string }[];
        if (!training) throw notFound("Deze opleiding");
        const id = randomUUID();
        await tx.execute(sql`
          INSERT INTO training_sessions (tenant_id, id, training_id, starts_at, ends_at, location, capacity, trainer)
          VALUES (app_current_tenant(), ${id}, ${b.trainingId}, ${b.startsAt}::timestamptz, ${b.endsAt}::timestamptz, ${b.location}, ${b.capacity}, ${b.trainer})`);
        const o = sessionOut(await loadSession(tx, id, false));
        await audit({ entity: "training_session", entityId: id, action: "create", after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/training-sessions",
    { config: { roles: [...STAFF, "worker"] }, schema: { tags: ["training"], summary: "List training sessions (from/to are Brussels dates, inclusive)", querystring: SessionQuery, response: { 200: Page(SessionOut), ...errorResponses(401, 403, 422) } } },
    async (request) => {
      const { from, to, trainingId } = request.query;
      if (from && to && to < from) throw validationError([{ path: "query.to", message: "Moet op of na 'from' liggen." }]);
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const rows = (await tx.execute(sql`
          SELECT s.id, s.training_id, t.name AS training_name, t.skill_id, s.starts_at::text, s.ends_at::text, s.location, s.capacity, s.trainer,
                 (SELECT count(*) FROM training_enrollments e WHERE e.tenant_id = s.tenant_id AND e.session_id = s.id AND e.status IN ('enrolled', 'attended', 'absent'))::int AS enrolled,
                 (SELECT count(*) FROM training_enrollments e WHERE e.tenant_id = s.tenant_id AND e.session_id = s.id AND e.status = 'waitlisted')::int AS waitlisted
            FROM training_sessions s JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
           WHERE s.tenant_id = app_current_tenant()
             ${from ? sql`AND s.starts_at >= ${dayRange(from).fromUtc}::timestamptz` : sql``}
             ${to ? sql`AND s.starts_at < ${dayRange(to).toUtc}::timestamptz` : sql``}
             ${trainingId ? sql`AND s.training_id = ${trainingId}` : sql``}
             ${after ? sql`AND (s.starts_at, s.id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
           ORDER BY s.starts_at, s.id LIMIT ${limit + 1}`)) as unknown as SessionRow[];
        const page = pageOf(rows, limit, (r) => [r.starts_at, r.id]);
        return { items: page.items.map(sessionOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/training-sessions/:id",
    { config: { roles: [...STAFF, "worker"] }, schema: { tags: ["training"], summary: "One training session", params: IdParams, response: { 200: SessionOut, ...errorResponses(401, 403, 404) } } },
    async (request) => request.tenantTx(async ({ tx }) => sessionOut(await loadSession(tx, request.params.id, false))),
  );

  app.get(
    "/v1/training-sessions/:id/enrollments",
    { config: { roles: STAFF }, schema: { tags: ["training"], summary: "Who holds a place, who waits (in order)", params: IdParams, response: { 200: Type.Object({ items: Type.Array(EnrollmentListItem) }), ...errorResponses(401, 403, 404) } } },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const s = await loadSession(tx, request.params.id, false);
        const rows = (await tx.execute(sql`
          SELECT e.worker_id, e.status, e.position, e.created_at::text, w.first_name, w.last_name,
                 CASE WHEN e.status = 'waitlisted' THEN row_number() OVER (PARTITION BY e.status = 'waitlisted' ORDER BY e.position) END AS place
            FROM training_enrollments e JOIN workers w ON w.tenant_id = e.tenant_id AND w.id = e.worker_id
           WHERE e.tenant_id = app_current_tenant() AND e.session_id = ${s.id}
           ORDER BY e.position`)) as unknown as (EnrollmentRow & { created_at: string; first_name: string; last_name: string; place: string | number | null })[];
        return {
          items: rows.map((r) => ({
            sessionId: s.id,
            workerId: r.worker_id,
            status: r.status,
            waitlistPosition: r.place === null ? null : Number(r.place),
            firstName: r.first_name,
            lastName: r.last_name,
            enrolledAt: isoBrussels(r.created_at),
          })),
        };
      }),
  );

  app.post(
    "/v1/training-sessions/:id/enrollments",
    {
      config: { roles: [...STAFF, "worker"], errors: ["worker.inactive", "training.already_enrolled", "training.session_started"] },
      schema: { tags: ["training"], summary: "Enrol a worker: a place while there is one, else the waitlist", params: IdParams, body: EnrollBody, response: { 201: EnrollmentOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request, reply) => {
      const { workerId } = request.body;
      assertSelf(request.claims, workerId);
      const out = await request.tenantTx(async ({ tx, audit, outbox }) => {
        const now = new Date();
        const s = await loadSession(tx, request.params.id, true);
        const worker = await requireWorker(tx, workerId);
        assertFuture(s, now);
        if (worker.status !== "active") throw new AppError("worker.inactive", "Alleen actieve wijk-werkers kunnen zich inschrijven.");
        const existing = await loadEnrollment(tx, s.id, workerId);
        if (existing && existing.status !== "cancelled") throw new AppError("training.already_enrolled", `Deze wijk-werker staat al op de lijst (${existing.status === "waitlisted" ? "wachtlijst" : "ingeschreven"}).`);
        const status: "enrolled" | "waitlisted" = s.enrolled < s.capacity ? "enrolled" : "waitlisted";
        // A re-enrolment after cancelling joins at the back: arrival order is the position.
        const [row] = (await tx.execute(sql`
          INSERT INTO training_enrollments (tenant_id, session_id, worker_id, status, position, created_at, updated_at)
          VALUES (app_current_tenant(), ${s.id}, ${workerId}, ${status},
                  (SELECT coalesce(max(position), 0) + 1 FROM training_enrollments WHERE tenant_id = app_current_tenant() AND session_id = ${s.id}),
                  clock_timestamp(), clock_timestamp())
          ON CONFLICT (tenant_id, session_id, worker_id) DO UPDATE SET status = EXCLUDED.status, position = EXCLUDED.position, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
          RETURNING worker_id, status, position`)) as unknown as EnrollmentRow[];
        if (status === "enrolled") await outbox(reminderFor(s, workerId, now));
        const o = { sessionId: s.id, workerId, status, waitlistPosition: await waitlistPosition(tx, s.id, row!) };
        await audit({ entity: "training_enrollment", entityId: `${s.id}/${workerId}`, action: "enroll", before: existing ?? null, after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  const cancelHandler = async (request: { params: { id: string; workerId: string }; claims: TokenClaims; tenantTx: FastifyRequest["tenantTx"] }) => {
    const { id, workerId } = request.params;
    assertSelf(request.claims, workerId);
    return request.tenantTx(async ({ tx, audit, outbox }) => {
      const now = new Date();
      const s = await loadSession(tx, id, true);
      const e = await loadEnrollment(tx, s.id, workerId);
      if (!e || e.status === "cancelled") throw notFound("Deze inschrijving");
      assertFuture(s, now);
      await tx.execute(sql`
        UPDATE training_enrollments SET status = 'cancelled', updated_at = clock_timestamp()
         WHERE tenant_id = app_current_tenant() AND session_id = ${s.id} AND worker_id = ${workerId}`);
      await dropPendingReminder(tx, s.id, workerId);
      await audit({ entity: "training_enrollment", entityId: `${s.id}/${workerId}`, action: "cancel", before: e, after: { status: "cancelled" } });
      let promotedWorkerId: string | null = null;
      if ((SEATED as readonly string[]).includes(e.status)) {
        // The freed place goes to whoever waits longest.
        const [next] = (await tx.execute(sql`
          UPDATE training_enrollments SET status = 'enrolled', updated_at = clock_timestamp()
           WHERE tenant_id = app_current_tenant() AND session_id = ${s.id} AND worker_id = (
             SELECT worker_id FROM training_enrollments
              WHERE tenant_id = app_current_tenant() AND session_id = ${s.id} AND status = 'waitlisted'
              ORDER BY position LIMIT 1)
          RETURNING worker_id`)) as unknown as { worker_id: string }[];
        if (next) {
          promotedWorkerId = next.worker_id;
          await outbox([{ topic: "events/training.promoted", payload: sessionPayload(s, next.worker_id) }, ...reminderFor(s, next.worker_id, now)]);
          await audit({ entity: "training_enrollment", entityId: `${s.id}/${next.worker_id}`, action: "promote", before: { status: "waitlisted" }, after: { status: "enrolled" } });
        }
      }
      return { sessionId: s.id, workerId, status: "cancelled" as const, waitlistPosition: null, promotedWorkerId };
    });
  };
  const cancelSchema = { tags: ["training"], summary: "Give up a place or leave the waitlist; the next waiting worker gets the place", params: WorkerParams, response: { 200: CancelOut, ...errorResponses(401, 403, 404, 409) } };
  app.delete("/v1/training-sessions/:id/enrollments/:workerId", { config: { roles: [...STAFF, "worker"], errors: ["training.session_started"] }, schema: cancelSchema }, async (request) => cancelHandler(request));
  app.post("/v1/training-sessions/:id/enrollments/:workerId/cancel", { config: { roles: [...STAFF, "worker"], errors: ["training.session_started"] }, schema: cancelSchema }, async (request) => cancelHandler(request));

  app.post(
    "/v1/training-sessions/:id/attendance",
    {
      config: { roles: STAFF, errors: ["training.session_not_started", "training.not_enrolled"] },
      schema: { tags: ["training"], summary: "Record attendance; attending grants the training's skill", params: IdParams, body: AttendanceBody, response: { 200: AttendanceOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request) => {
      const { workerId, attended } = request.body;
      return request.tenantTx(async ({ tx, audit }) => {
        const s = await loadSession(tx, request.params.id, true);
        await requireWorker(tx, workerId);
        if (epochOf(s.starts_at) > Date.now()) throw new AppError("training.session_not_started", `Deze sessie begint pas op ${isoBrussels(s.starts_at)}.`);
        const e = await loadEnrollment(tx, s.id, workerId);
        if (!e || !(SEATED as readonly string[]).includes(e.status)) throw new AppError("training.not_enrolled", "Alleen wie een plaats had in deze sessie, kan aanwezig of afwezig zijn.");
        const status = attended ? ("attended" as const) : ("absent" as const);
        await tx.execute(sql`
          UPDATE training_enrollments SET status = ${status}, updated_at = clock_timestamp()
           WHERE tenant_id = app_current_tenant() AND session_id = ${s.id} AND worker_id = ${workerId}`);
        let skill: { skillId: string; obtainedOn: string } | null = null;
        if (attended) {
          // The session's Brussels date; an earlier certificate for the same skill keeps its date.
          const obtainedOn = brusselsDateOf(isoBrussels(s.starts_at));
          const [ws] = (await tx.execute(sql`
            INSERT INTO worker_skills (tenant_id, worker_id, skill_id, obtained_on) VALUES (app_current_tenant(), ${workerId}, ${s.skill_id}, ${obtainedOn}::date)
            ON CONFLICT (tenant_id, worker_id, skill_id) DO UPDATE SET obtained_on = LEAST(worker_skills.obtained_on, EXCLUDED.obtained_on)
            RETURNING obtained_on::text`)) as unknown as { obtained_on: string }[];
          skill = { skillId: s.skill_id, obtainedOn: ws!.obtained_on };
        }
        // Marking someone absent after a mistaken "attended" leaves the skill: it may come from elsewhere too.
        const o = { sessionId: s.id, workerId, status, skill };
        await audit({ entity: "training_enrollment", entityId: `${s.id}/${workerId}`, action: "attendance", before: e, after: o });
        return o;
      });
    },
  );

  app.get(
    "/v1/reports/training-demand",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["training", "reports"],
        summary: "Open klussen that need a skill vs qualified workers per neighbourhood and activity",
        description: "qualifiedWorkers counts active workers living in the neighbourhood or an adjacent one who hold the skill. suggestTraining = openJobs > qualifiedWorkers. Only open klussen whose window has not ended count.",
        response: { 200: Type.Object({ items: Type.Array(DemandItem) }), ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const rows = (await tx.execute(sql`
          WITH demand AS (
            SELECT j.neighbourhood_id, j.activity_code, a.skill_name, count(*)::int AS open_jobs
              FROM jobs j JOIN activities a ON a.code = j.activity_code
             WHERE j.tenant_id = app_current_tenant() AND j.status = 'open' AND a.skill_name IS NOT NULL AND j.window_to > now()
             GROUP BY 1, 2, 3
          )
          SELECT d.neighbourhood_id, n.name AS neighbourhood_name, d.activity_code, d.skill_name, d.open_jobs, sk.id AS skill_id,
                 (SELECT count(DISTINCT w.id)::int FROM workers w
                    JOIN worker_skills ws ON ws.tenant_id = w.tenant_id AND ws.worker_id = w.id AND ws.skill_id = sk.id
                   WHERE w.tenant_id = app_current_tenant() AND w.status = 'active'
                     AND (w.neighbourhood_id = d.neighbourhood_id
                          OR EXISTS (SELECT 1 FROM neighbourhood_adjacency na
                                      WHERE na.tenant_id = w.tenant_id AND na.neighbourhood_id = d.neighbourhood_id AND na.adjacent_id = w.neighbourhood_id))) AS qualified,
                 (SELECT t.id FROM trainings t WHERE t.tenant_id = app_current_tenant() AND t.skill_id = sk.id ORDER BY t.created_at DESC, t.id LIMIT 1) AS training_id,
                 (SELECT s.id FROM training_sessions s JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
                   WHERE s.tenant_id = app_current_tenant() AND t.skill_id = sk.id AND s.starts_at > now() ORDER BY s.starts_at, s.id LIMIT 1) AS next_session_id
            FROM demand d
            JOIN neighbourhoods n ON n.tenant_id = app_current_tenant() AND n.id = d.neighbourhood_id
            LEFT JOIN skills sk ON sk.tenant_id = app_current_tenant() AND lower(sk.name) = lower(d.skill_name)
           ORDER BY n.name, d.activity_code`)) as unknown as {
          neighbourhood_id: string;
          neighbourhood_name: string;
          activity_code: string;
          skill_name: string;
          open_jobs: number;
          skill_id: string | null;
          qualified: number | null;
          training_id: string | null;
          next_session_id: string | null;
        }[];
        return {
          items: rows.map((r) => {
            const qualifiedWorkers = Number(r.qualified ?? 0);
            return {
              neighbourhoodId: r.neighbourhood_id,
              neighbourhoodName: r.neighbourhood_name,
              activityCode: r.activity_code,
              skillName: r.skill_name,
              skillId: r.skill_id,
              openJobs: Number(r.open_jobs),
              qualifiedWorkers,
              suggestTraining: Number(r.open_jobs) > qualifiedWorkers,
              trainingId: r.training_id,
              nextSessionId: r.next_session_id,
            };
          }),
        };
      }),
  );
};

export default trainings;
