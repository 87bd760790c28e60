import type { FastifyRequest } from "fastify";
import { canUndoDecline, dayBeforeReminderAt, declineUndoUntil, isoBrussels, mayJoinTeam } from "@wijkwerk/domain";
import { pgError, PG } from "@wijkwerk/db";
import type { TenantContext, TokenClaims } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { verifyRespondToken } from "../work/respond-token.ts";
import * as repo from "./repository.ts";
import type { AssignmentRow } from "./repository.ts";
import { assignmentOut } from "./views.ts";

/** Who answers: the worker of the signed link from the SMS (once), or a worker signed in with a bearer token. */
export async function answerer(
  request: FastifyRequest,
  secret: string,
  assignmentId: string,
  token: string | undefined,
): Promise<{ claims: TokenClaims; linkId?: string }> {
  if (token !== undefined) {
    const link = verifyRespondToken(secret, token);
    if (!link || link.aid !== assignmentId) throw new AppError("auth.invalid_code", "Deze link is niet geldig.");
    if (link.exp * 1000 <= Date.now()) throw new AppError("auth.invalid_code", "Deze link is verlopen. Neem contact op met uw bemiddelaar.");
    return { claims: { sub: link.wid, tid: link.tid, role: "worker", subjectId: link.wid }, linkId: link.jti };
  }
  if (!/^Bearer\s+\S+/i.test(request.headers.authorization ?? "")) throw new AppError("auth.unauthenticated", "Meld u aan of gebruik de link uit uw bericht.");
  let claims: TokenClaims;
  try {
    claims = await request.jwtVerify<TokenClaims>();
  } catch {
    throw new AppError("auth.unauthenticated", "Het token is ongeldig.");
  }
  if (claims.role !== "worker") throw new AppError("auth.forbidden", "Alleen de wijk-werker zelf kan antwoorden.");
  return { claims };
}

/** The assignment the caller may see, locked: a worker only its own, a client only its own jobs'. */
export async function lockedAssignment(ctx: Pick<TenantContext, "tx" | "actor">, id: string): Promise<AssignmentRow & { live: boolean }> {
  const a = await repo.lockAssignment(ctx.tx, id);
  const { actor } = ctx;
  const own = actor.role === "worker" ? a?.worker_id === actor.subjectId : actor.role === "client" ? a?.client_id === actor.subjectId : true;
  if (!a || !own) throw notFound("Deze toewijzing");
  return a;
}

/**
 * Whether the job still has room for this worker, under the job lock (domain mayJoinTeam): one worker
 * per job unless it asks for a team (issue 19); a full team answers 409 assignment.team_full, a job
 * for one worker keeps its old answer (assignment.job_already_taken).
 */
async function assertRoom(tx: TenantContext["tx"], a: AssignmentRow): Promise<void> {
  const room = await repo.lockJobAndCountTaken(tx, a.job_id, a.id, a.worker_id);
  if (!room) return;
  const verdict = mayJoinTeam({ taken: room.taken, workersNeeded: room.needed, alreadyInTeam: room.alreadyIn });
  if (verdict === "assignment.already_in_team") throw new AppError(verdict, "U zit al in het team van deze klus. U hoeft niets te doen.");
  if (verdict === "assignment.team_full" && room.needed === 1)
    throw new AppError(
      "assignment.job_already_taken",
      "Bedankt voor uw antwoord! Een andere wijk-werker heeft deze klus net aanvaard. U hoeft niets te doen; uw bemiddelaar stelt u graag een volgende klus voor.",
    );
  if (verdict === "assignment.team_full")
    throw new AppError(
      verdict,
      `Bedankt voor uw antwoord! Het team voor deze klus is al volledig (${room.needed} wijk-werkers). U hoeft niets te doen; uw bemiddelaar stelt u graag een volgende klus voor.`,
      { workersNeeded: room.needed },
    );
}

/**
 * Accepts or declines a live proposal. Several workers may be proposed for one job; the first to
 * accept takes it (a team job: the first workersNeeded) (the job lock decides parallel acceptances one at a time), the others are thanked
 * (409 assignment.job_already_taken). An acceptance confirms the visit and plans its reminder.
 */
export async function answer(ctx: TenantContext, id: string, linkId: string | undefined, response: "accept" | "decline", reason: string | null) {
  const { tx } = ctx;
  if (linkId) {
    const link = await repo.lockAnswerLink(tx, linkId, id);
    if (!link) throw new AppError("auth.invalid_code", "Deze link is niet geldig.");
    if (link.used_at) throw new AppError("assignment.not_pending", "U hebt al geantwoord met deze link.");
  }
  const a = await lockedAssignment(ctx, id);
  if (a.status !== "proposed" || !a.live)
    throw new AppError("assignment.not_pending", `Deze toewijzing staat op "${a.status === "proposed" ? "verlopen" : a.status}"; antwoorden kan niet meer.`);
  const status = response === "accept" ? "accepted" : "declined";
  if (status === "accepted") await assertRoom(tx, a);
  const row = await repo.setAnswer(tx, a.id, status, reason);
  const base = { assignmentId: a.id, jobId: a.job_id, workerId: a.worker_id, clientId: a.client_id };
  if (status === "accepted") {
    await repo.markJobAssigned(tx, a.job_id);
    // The evening before at 18:00; a visit accepted later than that is reminded of at once.
    const remindAt = dayBeforeReminderAt(isoBrussels(a.starts_at));
    await ctx.outbox([
      { topic: "events/assignment.confirmed", payload: base },
      { topic: "events/assignment.reminder", payload: base, availableAt: remindAt.getTime() > Date.now() ? remindAt : new Date() },
    ]);
  } else {
    // The worker may undo a decline for 10 minutes (issue 17): the consultant hears of it after that,
    // and only if this very decline still stands (the loader compares declinedAt).
    const declinedAt = isoBrussels(row.responded_at!);
    await ctx.outbox({ topic: "events/assignment.declined", payload: { ...base, reason, declinedAt }, availableAt: declineUndoUntil(declinedAt) });
  }
  const result = assignmentOut(row);
  await ctx.audit({ entity: "assignment", entityId: a.id, action: response, before: assignmentOut(a), after: result });
  return result;
}

/**
 * Takes back a decline within the undo window (domain canUndoDecline): the proposal is open again,
 * with its answer links, if it has not expired and the job still has room. 409 otherwise.
 */
export async function undoDecline(ctx: TenantContext, id: string, now = new Date()) {
  const { tx } = ctx;
  const a = await lockedAssignment(ctx, id);
  if (a.status !== "declined" || !a.responded_at)
    throw new AppError("assignment.not_declined", `Deze toewijzing staat op "${a.status}"; er is geen weigering om ongedaan te maken.`);
  if (!canUndoDecline(a.responded_at, now) || !a.live)
    throw new AppError("assignment.undo_expired", "Ongedaan maken kan niet meer: de 10 minuten zijn voorbij of het voorstel is verlopen. Bel je bemiddelaar.");
  await assertRoom(tx, a);
  const row = await repo.reopenProposal(tx, a.id).catch((err: unknown) => {
    // Meanwhile planned elsewhere at that time: the exclusion constraint says so.
    throw pgError(err)?.code === PG.exclusionViolation ? new AppError("worker.double_booked", "Je hebt op dat moment intussen een andere klus.") : err;
  });
  const result = assignmentOut(row);
  await ctx.audit({ entity: "assignment", entityId: a.id, action: "undo_decline", before: assignmentOut(a), after: result });
  return result;
}

/** Cancels a proposed or accepted assignment, with a reason; the other sides are told. */
export async function cancel(ctx: TenantContext, id: string, reason: string) {
  const a = await lockedAssignment(ctx, id);
  if (a.status !== "proposed" && a.status !== "accepted")
    throw new AppError("assignment.not_active", `Deze toewijzing staat op "${a.status}" en kan niet meer geannuleerd worden.`);
  const by = ctx.actor.role === "worker" || ctx.actor.role === "client" ? ctx.actor.role : "consultant";
  const row = await repo.cancelAssignment(ctx.tx, a, by, reason);
  const notify = (["worker", "client", "consultant"] as const).filter((side) => side !== by && !(side === "client" && a.status === "proposed"));
  await ctx.outbox({
    topic: "events/assignment.cancelled",
    payload: { assignmentId: a.id, jobId: a.job_id, workerId: a.worker_id, clientId: a.client_id, cancelledBy: by, reason, notify },
  });
  const result = assignmentOut(row);
  await ctx.audit({ entity: "assignment", entityId: a.id, action: "cancel", before: assignmentOut(a), after: result });
  return result;
}
