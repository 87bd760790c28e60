import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { pgError, PG } from "@wijkwerk/db";
import { brusselsDateOf, dayBeforeReminderAt, isoBrussels } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { assess } from "../assignments/propose.ts";
import type { AssignmentRow } from "../assignments/repository.ts";
import { assignmentOut } from "../assignments/views.ts";
import * as repo from "./repository.ts";
import { handoverOut } from "./views.ts";

/**
 * Issue 19, the inloopbeurt: the successor joins one visit the current worker still does at the
 * client, before the end. It is an extra assignment of the successor on that job (accepted: the
 * consultant arranged it with both), marked inloop. How its hours count (migration 0051): it is a
 * first acquaintance, not work for the client — no hours are entered for it (409
 * time_entry.inloop_visit), so no cheque is used and the client pays nothing extra; it does not take
 * a place in the job's team. While planned, it holds the successor's time like any assignment
 * (double booking) and counts as planned time for their caps (RULES §1 is checked as for a proposal);
 * once the visit is done it no longer counts.
 */
export async function planInloop(ctx: TenantContext, handoverId: string, body: { jobId: string; startsAt: string; endsAt: string }) {
  const { tx } = ctx;
  const h = await repo.findHandover(tx, handoverId, true);
  if (!h) throw notFound("Deze overdracht");
  if (h.status !== "announced")
    throw new AppError("handover.not_announced", "Deze overdracht is niet meer aangekondigd: een inloopbeurt plannen kan niet meer.");
  if (h.inloop_assignment_id) {
    const [live] = await tx.execute<{ x: number }>(
      sql`SELECT 1 AS x FROM assignments WHERE tenant_id = app_current_tenant() AND id = ${h.inloop_assignment_id} AND status IN ('accepted', 'completed')`,
    );
    if (live) throw new AppError("handover.inloop_exists", "Voor deze overdracht is al een inloopbeurt gepland.");
  }
  // A visit of this client before the end, that the leaving worker still does.
  const [visit] = await tx.execute<{ client_id: string; from: string }>(sql`
    SELECT j.client_id, j.window_from::text AS from FROM jobs j
     WHERE j.tenant_id = app_current_tenant() AND j.id = ${body.jobId} AND j.client_id = ${h.client_id}
       AND (j.window_from AT TIME ZONE 'Europe/Brussels')::date <= ${h.leaving_ends_on}::date
       AND EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = j.tenant_id AND a.job_id = j.id AND a.worker_id = ${h.leaving_worker_id}
                    AND a.status IN ('proposed', 'accepted') AND NOT a.inloop)`);
  if (!visit)
    throw new AppError(
      "handover.job_not_of_client",
      `Kies een klus van ${h.client_name} waarop ${h.leaving_name} nog komt, vóór het einde van de overeenkomst.`,
      {
        errors: [{ path: "jobId", message: "Kies een bezoek van de huidige wijk-werker bij deze klant." }],
      },
    );
  const { job } = await assess(ctx, body.jobId, { workerId: h.successor_id, startsAt: body.startsAt, endsAt: body.endsAt }, { inloop: true });
  const id = randomUUID();
  const [row] = await tx
    .execute<AssignmentRow>(
      sql`
    INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, responded_at, inloop, created_by_id)
    VALUES (app_current_tenant(), ${id}, ${job.id}, ${h.successor_id}, ${h.client_id}, ${body.startsAt}::timestamptz, ${body.endsAt}::timestamptz,
            'accepted', now(), true, ${ctx.actor.sub})
    RETURNING *`,
    )
    .catch((err: unknown) => {
      throw pgError(err)?.code === PG.exclusionViolation ? new AppError("worker.double_booked", "De opvolger heeft op dat moment al een andere klus.") : err;
    });
  await repo.setInloop(tx, h.id, id);
  // The successor is reminded the evening before, like any visit (brussels date in the payload's assignment).
  const remindAt = dayBeforeReminderAt(isoBrussels(body.startsAt));
  await ctx.outbox({
    topic: "events/assignment.reminder",
    payload: { assignmentId: id, jobId: job.id, workerId: h.successor_id, clientId: h.client_id },
    availableAt: remindAt.getTime() > Date.now() ? remindAt : new Date(),
  });
  const out = { ...handoverOut((await repo.findHandover(tx, h.id))!), assignment: assignmentOut(row!) };
  await ctx.audit({ entity: "handover", entityId: h.id, action: "plan_inloop", after: { inloopAssignmentId: id, date: brusselsDateOf(body.startsAt) } });
  return out;
}
