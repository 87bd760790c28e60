import { and, eq, sql } from "drizzle-orm";
import { assignmentCompletes, jobDone, jobWorkDone } from "@wijkwerk/domain";
import type { Tx } from "../client.ts";
import * as schema from "../schema/index.ts";

/**
 * Issue 13 item 3: confirmed hours complete their assignment, and the job whose work is then all
 * confirmed is done — for the first job of a series, once its last occurrence is. Called by
 * confirmTimeEntry, the one confirmation path (client, consultant, automatic, after vouchers
 * arrive). Locks the assignment, then its job, then the series head: the order acceptance takes.
 */
export async function completeConfirmedWork(tx: Tx, tenantId: string, entry: { assignmentId: string; status: string }): Promise<void> {
  const a = schema.assignments;
  const [assignment] = await tx
    .select({ status: a.status, jobId: a.jobId })
    .from(a)
    .where(and(eq(a.tenantId, tenantId), eq(a.id, entry.assignmentId)))
    .for("update");
  if (!assignment || !assignmentCompletes(assignment.status, entry.status)) return;
  await tx
    .update(a)
    .set({ status: "completed", updatedAt: sql`now()` })
    .where(and(eq(a.tenantId, tenantId), eq(a.id, entry.assignmentId)));
  await settleJob(tx, tenantId, assignment.jobId);
}

/** Marks the job done if all of its work (and, for a series head, every occurrence) is. Locks the job. */
export async function settleJob(tx: Tx, tenantId: string, jobId: string): Promise<void> {
  const j = schema.jobs;
  const a = schema.assignments;
  const [job] = await tx
    .select({ status: j.status, parentJobId: j.parentJobId })
    .from(j)
    .where(and(eq(j.tenantId, tenantId), eq(j.id, jobId)))
    .for("update");
  if (!job || job.status !== "assigned") return;
  // A successor's inloopbeurt (0051) is no work of the job: it neither holds the job back nor completes it.
  const own = await tx
    .select({ status: a.status })
    .from(a)
    .where(and(eq(a.tenantId, tenantId), eq(a.jobId, jobId), eq(a.inloop, false)));
  const occurrences = await tx
    .select({ status: j.status })
    .from(j)
    .where(and(eq(j.tenantId, tenantId), eq(j.parentJobId, jobId)));
  if (
    !jobDone(
      jobWorkDone(own.map((r) => r.status)),
      occurrences.map((r) => r.status),
    )
  )
    return;
  await tx
    .update(j)
    .set({ status: "done", doneAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(j.tenantId, tenantId), eq(j.id, jobId)));
  // The visit took place: the inloopbeurt that went with it is over too (its planned time no longer counts).
  await tx
    .update(a)
    .set({ status: "completed", updatedAt: sql`now()` })
    .where(and(eq(a.tenantId, tenantId), eq(a.jobId, jobId), eq(a.inloop, true), eq(a.status, "accepted")));
  // The head of the series may have waited for this, its last occurrence.
  if (job.parentJobId) await settleJob(tx, tenantId, job.parentJobId);
}
