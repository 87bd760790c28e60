import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { settleJob } from "@wijkwerk/db";
import { canCancelJob, cancelsWith, formatDutchDate, brusselsDateOf } from "@wijkwerk/domain";
import "../errors/lifecycle.ts";
import { AppError } from "../errors/problem.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { jobOut, JobOut, visibleJob, type JobRow } from "./jobs.ts";

const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500, description: "Why, in a few words: the worker and the client read it" }) }, { additionalProperties: false });
const CancelOut = Type.Composite([
  JobOut,
  Type.Object({
    cancelledOccurrences: Type.Integer({ description: "Occurrences of the series cancelled with it (0 for a single job)" }),
    keptOccurrences: Type.Integer({ description: "Occurrences left as they are because hours were entered for them" }),
    cancelledAssignments: Type.Integer(),
  }),
]);

/** Ids as one PostgreSQL array literal (a JS array would become a list of parameters). They come from the database: uuids only. */
const pgArray = (ids: string[]) => `{${ids.join(",")}}`;

type LiveAssignment = { id: string; job_id: string; worker_id: string; client_id: string; status: "proposed" | "accepted"; starts_at: string };

/**
 * Issue 13 item 3: the client or a consultant cancels a job, with a reason. The first job of a
 * series stands for the series: cancelling it cancels every occurrence not done yet. Work that
 * was done stays: a job with hours entered is not cancelled (409 job.has_hours; an occurrence
 * with hours is kept and counted). Live assignments are cancelled with the job, and each worker
 * is told once (about their first visit, with how many more).
 */
const jobCancellation: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/jobs/:id/cancel",
    {
      config: { roles: ["admin", "consultant", "client"], errors: ["job.not_cancellable", "job.has_hours"] },
      schema: {
        tags: ["jobs"],
        summary: "Cancel a job (for the first job of a series: the series), with a reason",
        description: "409 `job.not_cancellable`: the job is done or cancelled already. 409 `job.has_hours`: hours were entered for it; cancel or dispute those first.",
        params: IdParams,
        body: CancelBody,
        response: { 200: CancelOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, actor, audit, outbox }) => {
        const reason = request.body.reason.trim();
        if (!reason) throw new AppError("validation.failed", "Geef een reden.", { errors: [{ path: "reason", message: "Schrijf kort waarom de klus niet doorgaat." }] });
        const job = await visibleJob(tx, actor, request.params.id);
        if (!canCancelJob(job.status)) throw new AppError("job.not_cancellable", job.status === "done" ? "Deze klus is al klaar: het werk is gedaan en bevestigd." : "Deze klus is al geannuleerd.");
        const by = actor.role === "client" ? "client" : "consultant";
        const isHead = job.parent_job_id === null && job.recurrence_rrule !== null;

        // The jobs reached, with whether hours were entered for them; assignments locked before jobs (the order acceptance takes).
        const reached = await tx.execute<{ id: string; status: string; has_hours: boolean }>(sql`
          SELECT j.id, j.status,
                 EXISTS (SELECT 1 FROM time_entries te JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
                          WHERE a.tenant_id = j.tenant_id AND a.job_id = j.id AND te.status <> 'cancelled') AS has_hours
            FROM jobs j WHERE j.tenant_id = app_current_tenant() AND (j.id = ${job.id} OR j.parent_job_id = ${job.id})`);
        const self = reached.find((r) => r.id === job.id)!;
        if (self.has_hours && !isHead) throw new AppError("job.has_hours", "Voor deze klus zijn al uren ingegeven. Annuleer of betwist eerst die uren, of laat de klus afwerken.");
        const targets = reached.filter((r) => (r.id === job.id ? !r.has_hours : cancelsWith(isHead, r.status) && !r.has_hours)).map((r) => r.id);
        const kept = reached.filter((r) => r.id !== job.id && canCancelJob(r.status) && r.has_hours).length;

        const live = await tx.execute<LiveAssignment>(sql`
          SELECT id, job_id, worker_id, client_id, status, starts_at FROM assignments
           WHERE tenant_id = app_current_tenant() AND job_id = ANY (${pgArray(targets)}::uuid[]) AND status IN ('proposed', 'accepted')
           ORDER BY starts_at FOR UPDATE`);
        await tx.execute(sql`SELECT id FROM jobs WHERE tenant_id = app_current_tenant() AND id = ANY (${pgArray(targets)}::uuid[]) ORDER BY id FOR UPDATE`);
        await tx.execute(sql`
          UPDATE assignments SET status = 'cancelled', cancelled_by = ${by}, cancel_reason = ${reason}, updated_at = now()
           WHERE tenant_id = app_current_tenant() AND id = ANY (${pgArray(live.map((a) => a.id))}::uuid[])`);
        await tx.execute(sql`UPDATE assignment_response_tokens SET used_at = now() WHERE tenant_id = app_current_tenant() AND assignment_id = ANY (${pgArray(live.map((a) => a.id))}::uuid[]) AND used_at IS NULL`);
        await tx.execute(sql`
          UPDATE jobs SET status = 'cancelled', cancelled_at = now(), cancelled_by = ${by}, cancel_reason = ${reason}, updated_at = now()
           WHERE tenant_id = app_current_tenant() AND id = ANY (${pgArray(targets)}::uuid[]) AND status IN ('open', 'assigned')`);
        // A series head with hours of its own stays, and is done once those are confirmed.
        if (!targets.includes(job.id)) await settleJob(tx, tenantId, job.id);

        // Each worker hears once, about their first visit; the message says how many more there were.
        const byWorker = new Map<string, LiveAssignment[]>();
        for (const a of live) byWorker.set(a.worker_id, [...(byWorker.get(a.worker_id) ?? []), a]);
        for (const [workerId, list] of byWorker) {
          const first = list[0]!;
          const more = list.length - 1;
          const notify = (["worker", "client", "consultant"] as const).filter((side) => side !== by && !(side === "client" && first.status === "proposed"));
          await outbox({
            topic: "events/assignment.cancelled",
            payload: {
              assignmentId: first.id,
              jobId: first.job_id,
              workerId,
              clientId: first.client_id,
              cancelledBy: by,
              reason: more > 0 ? `${reason} (ook de ${more} volgende ${more === 1 ? "keer" : "keren"}, tot ${formatDutchDate(brusselsDateOf(new Date(list.at(-1)!.starts_at)))})` : reason,
              notify,
            },
          });
        }

        const [after] = await tx.execute<JobRow & Record<string, unknown>>(sql`SELECT * FROM jobs WHERE tenant_id = app_current_tenant() AND id = ${job.id}`);
        const result = {
          ...jobOut(after!),
          cancelledOccurrences: targets.filter((id) => id !== job.id).length,
          keptOccurrences: kept,
          cancelledAssignments: live.length,
        };
        await audit({ entity: "job", entityId: job.id, action: "cancel", before: jobOut(job), after: result });
        return result;
      }),
  );
};

export default jobCancellation;
