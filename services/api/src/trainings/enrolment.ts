import { brusselsDateOf, enrolmentStatusFor, holdsPlace, isoBrussels, plannedReminderAt } from "@wijkwerk/domain";
import type { OutboxMessage } from "@wijkwerk/queue";
import type { TenantContext, TokenClaims } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { epochOf } from "../scheduling/time.ts";
import * as repo from "./repository.ts";
import type { SessionRow } from "./repository.ts";
import { sessionPayload } from "./views.ts";

/** Enrolment with a waitlist and attendance that grants the training's skill (issue "Training"). */

/** A worker token acts only for itself (API.md roles); staff act for anyone. */
export function assertSelf(actor: TokenClaims, workerId: string): void {
  if (actor.role === "worker" && actor.subjectId !== workerId) throw new AppError("auth.forbidden", "U kan alleen uzelf inschrijven of uitschrijven.");
}

export async function sessionOr404(ctx: Pick<TenantContext, "tx">, id: string, lock = false): Promise<SessionRow> {
  const s = await repo.findSession(ctx.tx, id, lock);
  if (!s) throw notFound("Deze opleidingssessie");
  return s;
}

function assertFuture(s: SessionRow, now: Date): void {
  if (epochOf(s.starts_at) <= now.getTime()) throw new AppError("training.session_started", `Deze sessie begon op ${isoBrussels(s.starts_at)}.`);
}

function reminderFor(s: SessionRow, workerId: string, now: Date): OutboxMessage[] {
  const at = plannedReminderAt(isoBrussels(s.starts_at), now);
  return at ? [{ topic: "events/training.reminder", payload: sessionPayload(s, workerId), availableAt: at }] : [];
}

async function workerOr404(ctx: Pick<TenantContext, "tx">, workerId: string) {
  const w = await repo.findWorker(ctx.tx, workerId);
  if (!w) throw notFound("Deze wijk-werker");
  return w;
}

/** A place while there is one, else the back of the waitlist; the enrolled get a reminder the evening before. */
export async function enroll(ctx: TenantContext, sessionId: string, workerId: string, now = new Date()) {
  const s = await sessionOr404(ctx, sessionId, true);
  const worker = await workerOr404(ctx, workerId);
  assertFuture(s, now);
  if (worker.status !== "active") throw new AppError("worker.inactive", "Alleen actieve wijk-werkers kunnen zich inschrijven.");
  const existing = await repo.findEnrollment(ctx.tx, s.id, workerId);
  if (existing && existing.status !== "cancelled")
    throw new AppError(
      "training.already_enrolled",
      `Deze wijk-werker staat al op de lijst (${existing.status === "waitlisted" ? "wachtlijst" : "ingeschreven"}).`,
    );
  const status = enrolmentStatusFor(s.enrolled, s.capacity);
  const row = await repo.enrollAtBack(ctx.tx, s.id, workerId, status);
  if (status === "enrolled") await ctx.outbox(reminderFor(s, workerId, now));
  const o = { sessionId: s.id, workerId, status, waitlistPosition: await repo.waitlistPosition(ctx.tx, s.id, row) };
  await ctx.audit({ entity: "training_enrollment", entityId: `${s.id}/${workerId}`, action: "enroll", before: existing ?? null, after: o });
  return o;
}

/** Gives up a place (or leaves the waitlist); a freed place goes to whoever waits longest, who is told. */
export async function cancelEnrollment(ctx: TenantContext, sessionId: string, workerId: string, now = new Date()) {
  const s = await sessionOr404(ctx, sessionId, true);
  const e = await repo.findEnrollment(ctx.tx, s.id, workerId);
  if (!e || e.status === "cancelled") throw notFound("Deze inschrijving");
  assertFuture(s, now);
  await repo.setEnrollmentStatus(ctx.tx, s.id, workerId, "cancelled");
  await repo.dropPendingReminder(ctx.tx, s.id, workerId);
  await ctx.audit({ entity: "training_enrollment", entityId: `${s.id}/${workerId}`, action: "cancel", before: e, after: { status: "cancelled" } });
  const promotedWorkerId = holdsPlace(e.status) ? ((await repo.promoteLongestWaiting(ctx.tx, s.id)) ?? null) : null;
  if (promotedWorkerId) {
    await ctx.outbox([{ topic: "events/training.promoted", payload: sessionPayload(s, promotedWorkerId) }, ...reminderFor(s, promotedWorkerId, now)]);
    await ctx.audit({
      entity: "training_enrollment",
      entityId: `${s.id}/${promotedWorkerId}`,
      action: "promote",
      before: { status: "waitlisted" },
      after: { status: "enrolled" },
    });
  }
  return { sessionId: s.id, workerId, status: "cancelled" as const, waitlistPosition: null, promotedWorkerId };
}

/**
 * Attended or absent, once the session has begun, for those who held a place. Attending grants the
 * training's skill on the session's Brussels date; marking someone absent after a mistaken
 * "attended" leaves the skill, which may come from elsewhere too.
 */
export async function recordAttendance(ctx: TenantContext, sessionId: string, workerId: string, attended: boolean) {
  const s = await sessionOr404(ctx, sessionId, true);
  await workerOr404(ctx, workerId);
  if (epochOf(s.starts_at) > Date.now()) throw new AppError("training.session_not_started", `Deze sessie begint pas op ${isoBrussels(s.starts_at)}.`);
  const e = await repo.findEnrollment(ctx.tx, s.id, workerId);
  if (!e || !holdsPlace(e.status)) throw new AppError("training.not_enrolled", "Alleen wie een plaats had in deze sessie, kan aanwezig of afwezig zijn.");
  const status = attended ? ("attended" as const) : ("absent" as const);
  await repo.setEnrollmentStatus(ctx.tx, s.id, workerId, status);
  const skill = attended
    ? { skillId: s.skill_id, obtainedOn: await repo.grantSkill(ctx.tx, workerId, s.skill_id, brusselsDateOf(isoBrussels(s.starts_at))) }
    : null;
  const o = { sessionId: s.id, workerId, status, skill };
  await ctx.audit({ entity: "training_enrollment", entityId: `${s.id}/${workerId}`, action: "attendance", before: e, after: o });
  return o;
}
