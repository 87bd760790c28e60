import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { pgError, PG, type Tx } from "@wijkwerk/db";
import { agreementEndWarning, brusselsDateOf, checkCaps, dayBeforeReminderAt, formatDutchDuration, formatDutchWindow, isoBrussels, jobHasRoom, liesWithinWindow } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import "../errors/work.ts";
import "../errors/lifecycle.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";
import { loadSettings } from "../settings-store.ts";
import { signRespondToken, verifyRespondToken } from "../work/respond-token.ts";
import { workerMinutes } from "../work/worker-minutes.ts";
import { visibleJob } from "../jobs/access.ts";

const Instant = Type.String({ format: "date-time", examples: ["2026-03-31T09:00:00+02:00"] });
const Warning = Type.Object({ code: Type.String(), detail: Type.String() }, { additionalProperties: true });
const AssignmentOut = Type.Object({
  id: Uuid,
  jobId: Uuid,
  workerId: Uuid,
  clientId: Uuid,
  startsAt: Type.String(),
  endsAt: Type.String(),
  minutes: Type.Integer(),
  status: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  respondedAt: Type.Union([Type.String(), Type.Null()]),
  cancelledBy: Type.Union([Type.String(), Type.Null()]),
  warnings: Type.Array(Warning),
  createdAt: Type.String(),
});
const CreateBody = Type.Object({ workerId: Uuid, startsAt: Instant, endsAt: Instant }, { additionalProperties: false });
const RespondBody = Type.Object(
  { response: Type.Union([Type.Literal("accept"), Type.Literal("decline")]), reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });
const ListQuerySchema = Type.Object({ ...ListQuery, workerId: Type.Optional(Uuid), from: Type.Optional(Instant), to: Type.Optional(Instant) }, { additionalProperties: false });

interface AssignmentRow {
  id: string;
  job_id: string;
  worker_id: string;
  client_id: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
  status: string;
  expires_at: string | null;
  responded_at: string | null;
  cancelled_by: string | null;
  warnings: { code: string; detail: string }[];
  created_at: string;
}

function out(r: AssignmentRow) {
  return {
    id: r.id,
    jobId: r.job_id,
    workerId: r.worker_id,
    clientId: r.client_id,
    startsAt: isoBrussels(r.starts_at),
    endsAt: isoBrussels(r.ends_at),
    minutes: r.minutes,
    status: r.status,
    expiresAt: r.expires_at ? isoBrussels(r.expires_at) : null,
    respondedAt: r.responded_at ? isoBrussels(r.responded_at) : null,
    cancelledBy: r.cancelled_by,
    warnings: r.warnings,
    createdAt: isoBrussels(r.created_at),
  };
}

const CAP_TEXT: Record<string, string> = {
  "worker.near_monthly_cap": "deze maand",
  "worker.near_yearly_cap": "dit jaar",
};

/** The assignment the caller may see, locked: a worker only its own, a client only its own jobs'. */
async function lockedAssignment(tx: Tx, actor: TokenClaims, id: string): Promise<AssignmentRow> {
  const rows = (await tx.execute(sql`SELECT * FROM assignments WHERE tenant_id = app_current_tenant() AND id = ${id} FOR UPDATE`)) as unknown as AssignmentRow[];
  const a = rows[0];
  const own = actor.role === "worker" ? a?.worker_id === actor.subjectId : actor.role === "client" ? a?.client_id === actor.subjectId : true;
  if (!a || !own) throw notFound("Deze toewijzing");
  return a;
}

/**
 * Several workers may be proposed for one job; the first to accept takes it. The job row is locked
 * (after the assignment, the order every path takes) so parallel acceptances are decided one at a
 * time, and the accepted ones are counted against what the job needs (one, until workersNeeded).
 */
async function ensureJobHasRoom(tx: Tx, a: AssignmentRow): Promise<void> {
  const [locked] = await tx.execute<{ id: string }>(sql`SELECT id FROM jobs WHERE tenant_id = app_current_tenant() AND id = ${a.job_id} FOR UPDATE`);
  if (!locked) return;
  // Counted in a statement of its own, after the lock: in READ COMMITTED it then sees the
  // acceptances committed while this one waited (one statement would count from before the wait).
  const [job] = await tx.execute<{ taken: number }>(sql`
    SELECT count(*)::int AS taken FROM assignments
     WHERE tenant_id = app_current_tenant() AND job_id = ${a.job_id} AND id <> ${a.id} AND status IN ('accepted', 'completed')`);
  if (job && !jobHasRoom(job.taken)) {
    throw new AppError("assignment.job_already_taken", "Bedankt voor uw antwoord! Een andere wijk-werker heeft deze klus net aanvaard. U hoeft niets te doen; uw bemiddelaar stelt u graag een volgende klus voor.");
  }
}

function bearerOf(header: string | undefined): boolean {
  return /^Bearer\s+\S+/i.test(header ?? "");
}

/** Assignments (toewijzingen): propose under the worker's lock, answer by SMS link or app, cancel. */
const assignments: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.deps;

  app.post(
    "/v1/jobs/:id/assignments",
    {
      config: { roles: ["admin", "consultant"], errors: ["job.not_open", "assignment.outside_job_window", "worker.inactive", "worker.agreement_inactive", "worker.skill_missing", "worker.double_booked", "worker.monthly_cap_exceeded", "worker.yearly_cap_exceeded"] },
      schema: {
        tags: ["assignments"],
        summary: "Propose a worker for a job",
        description:
          "422 `assignment.outside_job_window`: startsAt–endsAt must lie within the job's window (both ends inclusive); the problem carries the job's `window`. " +
          "409 `worker.monthly_cap_exceeded`, `worker.yearly_cap_exceeded`, `worker.agreement_inactive`, `worker.skill_missing`, `worker.double_booked`, `worker.inactive`, `job.not_open`.",
        params: IdParams,
        body: CreateBody,
        response: { 201: AssignmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { workerId, startsAt, endsAt } = request.body;
      const minutes = Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
      if (!(minutes > 0)) throw validationError([{ path: "endsAt", message: "Het einde moet na het begin liggen." }]);
      if (minutes > 24 * 60) throw validationError([{ path: "endsAt", message: "Een toewijzing duurt hoogstens één dag." }]);
      const date = brusselsDateOf(startsAt);
      try {
        const created = await request.tenantTx(async ({ tx, tenantId, actor, audit, outbox }) => {
          // The same per-worker lock as time entries: every cap check for one worker runs one at a time.
          const [worker] = (await tx.execute(sql`SELECT id, status FROM workers WHERE tenant_id = app_current_tenant() AND id = ${workerId} FOR UPDATE`)) as unknown as { id: string; status: string }[];
          if (!worker) throw notFound("Deze wijk-werker");
          const job = await visibleJob(tx, actor, request.params.id);
          if (job.status !== "open") throw new AppError("job.not_open", "Deze klus is al toegewezen, klaar of geannuleerd.");
          // The client asked for work in this window; a time outside it is a mistake, not a plan (422).
          const window = { from: isoBrussels(job.window_from), to: isoBrussels(job.window_to) };
          if (!liesWithinWindow({ startsAt, endsAt }, window)) {
            const text = formatDutchWindow(window.from, window.to);
            throw new AppError("assignment.outside_job_window", `De klus is gevraagd op ${text}. Kies een begin en een einde binnen dat tijdvak.`, {
              window,
              errors: [{ path: Date.parse(startsAt) < Date.parse(window.from) || Date.parse(startsAt) >= Date.parse(window.to) ? "startsAt" : "endsAt", message: `Kies een tijd binnen ${text}.` }],
            });
          }
          if (worker.status !== "active") throw new AppError("worker.inactive", "Deze wijk-werker staat op niet actief.");

          const [agreement] = (await tx.execute(sql`
            SELECT end_date::text AS end_date FROM worker_agreements
             WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND start_date <= ${date}::date AND (end_date IS NULL OR end_date >= ${date}::date)`)) as unknown as { end_date: string | null }[];
          if (!agreement) throw new AppError("worker.agreement_inactive", `De wijk-werker heeft geen wijk-werkovereenkomst die loopt op ${date}.`);

          const [skill] = (await tx.execute(sql`
            SELECT a.skill_name,
                   EXISTS (SELECT 1 FROM worker_skills ws JOIN skills s ON s.tenant_id = ws.tenant_id AND s.id = ws.skill_id
                            WHERE ws.tenant_id = app_current_tenant() AND ws.worker_id = ${workerId} AND s.name = a.skill_name) AS held
              FROM activities a WHERE a.code = ${job.activity_code}`)) as unknown as { skill_name: string | null; held: boolean }[];
          if (skill?.skill_name && !skill.held) throw new AppError("worker.skill_missing", `Voor dit werk is de competentie "${skill.skill_name}" nodig.`);

          const settings = await loadSettings(tx, tenantId);
          const held = await workerMinutes(tx, workerId, date);
          const m = { total: held.month.worked + held.month.planned };
          const y = { total: held.year.worked + held.year.planned };
          const caps = checkCaps({ usedMonthMinutes: m.total, usedYearMinutes: y.total, addMinutes: minutes, caps: settings });
          const violation = caps.violations[0];
          if (violation === "worker.monthly_cap_exceeded") {
            throw new AppError(violation, `Deze maand staan al ${formatDutchDuration(m.total)} gepland of gewerkt; met ${formatDutchDuration(minutes)} erbij is dat meer dan ${formatDutchDuration(settings.monthlyCapMinutes)}.`);
          }
          if (violation === "worker.yearly_cap_exceeded") {
            throw new AppError(violation, `Dit jaar staan al ${formatDutchDuration(y.total)} gepland of gewerkt; met ${formatDutchDuration(minutes)} erbij is dat meer dan ${formatDutchDuration(settings.yearlyCapMinutes)}.`);
          }

          const [clash] = (await tx.execute(sql`
            SELECT 1 AS x FROM assignments
             WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND status IN ('proposed', 'accepted')
               AND tstzrange(starts_at, ends_at) && tstzrange(${startsAt}::timestamptz, ${endsAt}::timestamptz)`)) as unknown as unknown[];
          if (clash) throw new AppError("worker.double_booked", "De wijk-werker heeft op dat moment al een andere klus.");

          const warnings: Record<string, unknown>[] = caps.warnings.map((w) => ({
            code: w.code,
            remainingMinutes: w.remainingMinutes,
            detail: `Daarna blijft er ${CAP_TEXT[w.code] ?? ""} nog ${formatDutchDuration(w.remainingMinutes)} over.`,
          }));
          const ending = agreementEndWarning(agreement.end_date, date);
          if (ending) warnings.push({ ...ending, detail: `De overeenkomst van de wijk-werker loopt af op ${ending.endDate} (nog ${ending.daysLeft} dagen).` });

          const id = randomUUID();
          const expires = new Date(Date.now() + settings.proposalExpiryHours * 3600_000);
          const [row] = (await tx.execute(sql`
            INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, expires_at, warnings, created_by_id)
            VALUES (app_current_tenant(), ${id}, ${job.id}, ${workerId}, ${job.client_id}, ${startsAt}::timestamptz, ${endsAt}::timestamptz, 'proposed',
                    ${expires.toISOString()}::timestamptz, ${JSON.stringify(warnings)}::jsonb, ${actor.sub})
            RETURNING *`)) as unknown as AssignmentRow[];
          const jti = randomUUID();
          await tx.execute(sql`
            INSERT INTO assignment_response_tokens (tenant_id, id, assignment_id, worker_id, expires_at)
            VALUES (app_current_tenant(), ${jti}, ${id}, ${workerId}, ${expires.toISOString()}::timestamptz)`);
          const token = signRespondToken(config.JWT_SECRET, { tid: tenantId, aid: id, wid: workerId, jti, exp: Math.floor(expires.getTime() / 1000) });
          const respondUrl = `${config.PUBLIC_WEB_URL.replace(/\/$/, "")}/assignments/${id}/respond?token=${token}`;
          await outbox({ topic: "events/assignment.proposed", payload: { assignmentId: id, workerId, jobId: job.id, respondUrl } });
          const result = out(row!);
          await audit({ entity: "assignment", entityId: id, action: "propose", after: result });
          return result;
        });
        return reply.status(201).send(created);
      } catch (err) {
        // Two proposals racing past the overlap check still meet the exclusion constraint.
        if (pgError(err)?.code === PG.exclusionViolation) throw new AppError("worker.double_booked", "De wijk-werker heeft op dat moment al een andere klus.");
        throw err;
      }
    },
  );

  app.post(
    "/v1/assignments/:id/respond",
    {
      // Either a worker's bearer token or the signed link from the SMS: checked below, not by role.
      config: { errors: ["auth.unauthenticated", "auth.invalid_code", "auth.forbidden", "assignment.not_pending", "assignment.job_already_taken"] },
      schema: {
        tags: ["assignments"],
        summary: "Accept or decline a proposal (worker token or signed link)",
        params: IdParams,
        querystring: Type.Object({ token: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        body: RespondBody,
        response: { 200: AssignmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { token } = request.query;
      let tenantId: string;
      let jti: string | undefined;
      if (token !== undefined) {
        const claims = verifyRespondToken(config.JWT_SECRET, token);
        if (!claims || claims.aid !== request.params.id) throw new AppError("auth.invalid_code", "Deze link is niet geldig.");
        if (claims.exp * 1000 <= Date.now()) throw new AppError("auth.invalid_code", "Deze link is verlopen. Neem contact op met uw bemiddelaar.");
        tenantId = claims.tid;
        jti = claims.jti;
        request.claims = { sub: claims.wid, tid: claims.tid, role: "worker", subjectId: claims.wid };
      } else {
        if (!bearerOf(request.headers.authorization)) throw new AppError("auth.unauthenticated", "Meld u aan of gebruik de link uit uw bericht.");
        let claims: TokenClaims;
        try {
          claims = await request.jwtVerify<TokenClaims>();
        } catch {
          throw new AppError("auth.unauthenticated", "Het token is ongeldig.");
        }
        if (claims.role !== "worker") throw new AppError("auth.forbidden", "Alleen de wijk-werker zelf kan antwoorden.");
        request.claims = claims;
        tenantId = claims.tid;
      }
      const { response, reason } = request.body;
      return request.tenantTx(
        async ({ tx, actor, audit, outbox }) => {
          if (jti) {
            const [t] = (await tx.execute(sql`
              SELECT used_at FROM assignment_response_tokens WHERE tenant_id = app_current_tenant() AND id = ${jti} AND assignment_id = ${request.params.id} FOR UPDATE`)) as unknown as { used_at: string | null }[];
            if (!t) throw new AppError("auth.invalid_code", "Deze link is niet geldig.");
            if (t.used_at) throw new AppError("assignment.not_pending", "U hebt al geantwoord met deze link.");
          }
          const a = await lockedAssignment(tx, actor, request.params.id);
          const [live] = (await tx.execute(sql`SELECT (expires_at IS NULL OR expires_at > now()) AS live FROM assignments WHERE tenant_id = app_current_tenant() AND id = ${a.id}`)) as unknown as { live: boolean }[];
          if (a.status !== "proposed" || !live?.live) throw new AppError("assignment.not_pending", `Deze toewijzing staat op "${a.status === "proposed" ? "verlopen" : a.status}"; antwoorden kan niet meer.`);
          const status = response === "accept" ? "accepted" : "declined";
          if (status === "accepted") await ensureJobHasRoom(tx, a);
          const [row] = (await tx.execute(sql`
            UPDATE assignments SET status = ${status}, responded_at = now(), response_reason = ${reason ?? null}, updated_at = now()
             WHERE tenant_id = app_current_tenant() AND id = ${a.id} RETURNING *`)) as unknown as AssignmentRow[];
          await tx.execute(sql`UPDATE assignment_response_tokens SET used_at = now() WHERE tenant_id = app_current_tenant() AND assignment_id = ${a.id} AND used_at IS NULL`);
          const base = { assignmentId: a.id, jobId: a.job_id, workerId: a.worker_id, clientId: a.client_id };
          if (status === "accepted") {
            await tx.execute(sql`UPDATE jobs SET status = 'assigned', updated_at = now() WHERE tenant_id = app_current_tenant() AND id = ${a.job_id} AND status = 'open'`);
            // The evening before at 18:00; a visit accepted later than that is reminded of at once.
            const remindAt = dayBeforeReminderAt(isoBrussels(a.starts_at));
            await outbox([
              { topic: "events/assignment.confirmed", payload: base },
              { topic: "events/assignment.reminder", payload: base, availableAt: remindAt.getTime() > Date.now() ? remindAt : new Date() },
            ]);
          } else {
            await outbox({ topic: "events/assignment.declined", payload: { ...base, reason: reason ?? null } });
          }
          const result = out(row!);
          await audit({ entity: "assignment", entityId: a.id, action: response, before: out(a), after: result });
          return result;
        },
        { tenantId },
      );
    },
  );

  app.post(
    "/v1/assignments/:id/cancel",
    {
      config: { roles: ["admin", "consultant", "worker", "client"], errors: ["assignment.not_active"] },
      schema: { tags: ["assignments"], summary: "Cancel an assignment", params: IdParams, body: CancelBody, response: { 200: AssignmentOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor, audit, outbox }) => {
        const a = await lockedAssignment(tx, actor, request.params.id);
        if (a.status !== "proposed" && a.status !== "accepted") throw new AppError("assignment.not_active", `Deze toewijzing staat op "${a.status}" en kan niet meer geannuleerd worden.`);
        const by = actor.role === "worker" || actor.role === "client" ? actor.role : "consultant";
        const [row] = (await tx.execute(sql`
          UPDATE assignments SET status = 'cancelled', cancelled_by = ${by}, cancel_reason = ${request.body.reason}, updated_at = now()
           WHERE tenant_id = app_current_tenant() AND id = ${a.id} RETURNING *`)) as unknown as AssignmentRow[];
        await tx.execute(sql`UPDATE assignment_response_tokens SET used_at = now() WHERE tenant_id = app_current_tenant() AND assignment_id = ${a.id} AND used_at IS NULL`);
        // The job is free again unless another accepted assignment still covers it.
        await tx.execute(sql`
          UPDATE jobs SET status = 'open', updated_at = now()
           WHERE tenant_id = app_current_tenant() AND id = ${a.job_id} AND status = 'assigned'
             AND NOT EXISTS (SELECT 1 FROM assignments x WHERE x.tenant_id = jobs.tenant_id AND x.job_id = jobs.id AND x.status = 'accepted')`);
        const notify = (["worker", "client", "consultant"] as const).filter((side) => side !== by && !(side === "client" && a.status === "proposed"));
        await outbox({
          topic: "events/assignment.cancelled",
          payload: { assignmentId: a.id, jobId: a.job_id, workerId: a.worker_id, clientId: a.client_id, cancelledBy: by, reason: request.body.reason, notify },
        });
        const result = out(row!);
        await audit({ entity: "assignment", entityId: a.id, action: "cancel", before: out(a), after: result });
        return result;
      }),
  );

  app.get(
    "/v1/assignments",
    { config: { roles: ["admin", "consultant", "worker"] }, schema: { tags: ["assignments"], summary: "List assignments", querystring: ListQuerySchema, response: { 200: Page(AssignmentOut), ...errorResponses(401, 403, 422) } } },
    async (request) => {
      const { from, to } = request.query;
      const actor = request.claims;
      if (actor.role === "worker" && request.query.workerId && request.query.workerId !== actor.subjectId) throw new AppError("auth.forbidden", "U ziet alleen uw eigen toewijzingen.");
      const workerId = actor.role === "worker" ? (actor.subjectId ?? "00000000-0000-0000-0000-000000000000") : request.query.workerId;
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const rows = (await tx.execute(sql`
          SELECT *, starts_at::text AS cursor_at FROM assignments
           WHERE tenant_id = app_current_tenant()
             ${workerId ? sql`AND worker_id = ${workerId}` : sql``}
             ${from ? sql`AND ends_at > ${from}::timestamptz` : sql``}
             ${to ? sql`AND starts_at < ${to}::timestamptz` : sql``}
             ${after ? sql`AND (starts_at, id) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
           ORDER BY starts_at, id
           LIMIT ${limit + 1}`)) as unknown as (AssignmentRow & { cursor_at: string })[];
        const page = pageOf(rows, limit, (r) => [r.cursor_at, r.id]);
        return { items: page.items.map(out), nextCursor: page.nextCursor };
      });
    },
  );
};

export default assignments;
