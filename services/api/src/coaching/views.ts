import type { Tx } from "@wijkwerk/db";
import { evaluationMoments, isoBrussels, type CoachingSettings } from "@wijkwerk/domain";
import type { CoachedWorker } from "./access.ts";
import * as repo from "./repository.ts";

/** Rows of the trajectory (repository.ts) → the shapes of schemas-out.ts. */
const staffRef = (id: string, name: string) => ({ id, name });

export function intakeOut(r: repo.IntakeRow) {
  return {
    referrerContact: { name: r.contactName, email: r.contactEmail, phone: r.contactPhone },
    startingSituation: r.startingSituation,
    languages: r.languages,
    learningWishes: r.learningWishes,
    recordedBy: staffRef(r.recordedById, r.recordedByName),
    updatedAt: isoBrussels(r.updatedAt),
  };
}

export const goalOut = (g: repo.GoalRow) => ({ ...g, updatedAt: isoBrussels(g.updatedAt) });

export const actionOut = (a: repo.ActionRow) => ({ ...a, done: a.doneOn !== null });

export function conversationOut(c: repo.ConversationRow, actions: repo.ActionRow[]) {
  return {
    id: c.id,
    heldOn: c.heldOn,
    staff: staffRef(c.staffId, c.staffName),
    notes: c.notes,
    appointmentId: c.appointmentId,
    actions: actions.filter((a) => a.conversationId === c.id).map(actionOut),
  };
}

export function evaluationOut(e: repo.EvaluationRow, outcomes: repo.OutcomeRow[]) {
  return {
    id: e.id,
    agreementId: e.agreementId,
    moment: e.moment,
    heldOn: e.heldOn,
    staff: staffRef(e.staffId, e.staffName),
    notes: e.notes,
    outcomes: outcomes.filter((o) => o.evaluationId === e.id).map(({ goalId, goalName, outcome, note }) => ({ goalId, goalName, outcome, note })),
  };
}

export function followUpOut(f: repo.FollowUpRow) {
  return {
    id: f.id,
    situation: f.situation,
    source: f.source,
    recordedOn: f.recordedOn,
    recordedBy: f.recordedById ? staffRef(f.recordedById, f.recordedByName ?? "") : null,
    notes: f.notes,
  };
}

export function exitOut(x: repo.ExitRow, followUps: repo.FollowUpRow[]) {
  const { recordedById, recordedByName, ...rest } = x;
  return { ...rest, recordedBy: staffRef(recordedById, recordedByName), followUps: followUps.filter((f) => f.exitId === x.id).map(followUpOut) };
}

/** Each agreement with its planned evaluation moments (evaluationMoments, tenant setting) and which are done. */
export function agreementMomentsOut(agreements: repo.AgreementRow[], evaluations: repo.EvaluationRow[], settings: CoachingSettings) {
  return agreements.map((a) => ({
    ...a,
    moments: evaluationMoments(a, settings).map((m) => ({
      key: m.key,
      dueOn: m.dueOn,
      evaluationId: evaluations.find((e) => e.agreementId === a.id && e.moment === m.key)?.id ?? null,
    })),
  }));
}

/** The whole trajectory of one worker. The caller has checked access and audits the read. */
export async function trajectoryOut(tx: Tx, w: CoachedWorker, settings: CoachingSettings) {
  const [intake, goals, conversations, actions, agreements, evaluations, outcomes, exits, followUps, appointments] = [
    await repo.intakeOf(tx, w.id),
    await repo.goalsOf(tx, w.id),
    await repo.conversationsOf(tx, w.id),
    await repo.actionsOf(tx, w.id),
    await repo.agreementsOf(tx, w.id),
    await repo.evaluationsOf(tx, w.id),
    await repo.outcomesOf(tx, w.id),
    await repo.exitsOf(tx, w.id),
    await repo.followUpsOf(tx, w.id),
    await repo.appointmentsOf(tx, w.id),
  ];
  return {
    workerId: w.id,
    workerName: w.name,
    referrer: w.referrer,
    referralDate: w.referralDate,
    referralReference: w.referralReference,
    consultant: w.consultantId ? staffRef(w.consultantId, w.consultantName ?? "") : null,
    intake: intake ? intakeOut(intake) : null,
    goals: goals.map(goalOut),
    conversations: conversations.map((c) => conversationOut(c, actions)),
    agreements: agreementMomentsOut(agreements, evaluations, settings),
    evaluations: evaluations.map((e) => evaluationOut(e, outcomes)),
    exits: exits.map((x) => exitOut(x, followUps)),
    appointments,
  };
}
