import { settleJob } from "@wijkwerk/db";
import { brusselsDateOf, canCancelJob, cancelsWith, formatDutchDate } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { visibleJob } from "./access.ts";
import * as repo from "./repository.ts";
import type { LiveAssignment } from "./repository.ts";
import { jobOut } from "./views.ts";

/**
 * Issue 13 item 3: the client or a consultant cancels a job, with a reason. The first job of a
 * series stands for the series: cancelling it cancels every occurrence not done yet. Work that
 * was done stays: a job with hours entered is not cancelled (409 job.has_hours; an occurrence
 * with hours is kept and counted). Live assignments are cancelled with the job, and each worker
 * is told once (about their first visit, with how many more).
 */
export async function cancelJob(ctx: TenantContext, jobId: string, reasonAsTyped: string) {
  const { tx, tenantId, actor } = ctx;
  const reason = reasonAsTyped.trim();
  if (!reason)
    throw new AppError("validation.failed", "Geef een reden.", { errors: [{ path: "reason", message: "Schrijf kort waarom de klus niet doorgaat." }] });
  const job = await visibleJob(tx, actor, jobId);
  if (!canCancelJob(job.status))
    throw new AppError(
      "job.not_cancellable",
      job.status === "done" ? "Deze klus is al klaar: het werk is gedaan en bevestigd." : "Deze klus is al geannuleerd.",
    );
  const by = actor.role === "client" ? "client" : "consultant";
  const isHead = job.parent_job_id === null && job.recurrence_rrule !== null;

  const reached = await repo.jobsReached(tx, job.id);
  const self = reached.find((r) => r.id === job.id)!;
  if (self.has_hours && !isHead)
    throw new AppError("job.has_hours", "Voor deze klus zijn al uren ingegeven. Annuleer of betwist eerst die uren, of laat de klus afwerken.");
  const targets = reached.filter((r) => (r.id === job.id ? !r.has_hours : cancelsWith(isHead, r.status) && !r.has_hours)).map((r) => r.id);
  const kept = reached.filter((r) => r.id !== job.id && canCancelJob(r.status) && r.has_hours).length;

  const live = await repo.lockLiveAssignments(tx, targets);
  await repo.cancelAssignments(
    tx,
    live.map((a) => a.id),
    by,
    reason,
  );
  await repo.cancelJobs(tx, targets, by, reason);
  // A series head with hours of its own stays, and is done once those are confirmed.
  if (!targets.includes(job.id)) await settleJob(tx, tenantId, job.id);
  await tellWorkers(ctx, live, by, reason);

  const result = {
    ...jobOut((await repo.findJob(tx, job.id))!),
    cancelledOccurrences: targets.filter((id) => id !== job.id).length,
    keptOccurrences: kept,
    cancelledAssignments: live.length,
  };
  await ctx.audit({ entity: "job", entityId: job.id, action: "cancel", before: jobOut(job), after: result });
  return result;
}

/** Each worker hears once, about their first visit; the message says how many more there were. */
async function tellWorkers(ctx: TenantContext, live: readonly LiveAssignment[], by: "client" | "consultant", reason: string): Promise<void> {
  const byWorker = new Map<string, LiveAssignment[]>();
  for (const a of live) byWorker.set(a.worker_id, [...(byWorker.get(a.worker_id) ?? []), a]);
  for (const [workerId, list] of byWorker) {
    const first = list[0]!;
    const more = list.length - 1;
    const notify = (["worker", "client", "consultant"] as const).filter((side) => side !== by && !(side === "client" && first.status === "proposed"));
    const until = formatDutchDate(brusselsDateOf(new Date(list.at(-1)!.starts_at)));
    await ctx.outbox({
      topic: "events/assignment.cancelled",
      payload: {
        assignmentId: first.id,
        jobId: first.job_id,
        workerId,
        clientId: first.client_id,
        cancelledBy: by,
        reason: more > 0 ? `${reason} (ook de ${more} volgende ${more === 1 ? "keer" : "keren"}, tot ${until})` : reason,
        notify,
      },
    });
  }
}
