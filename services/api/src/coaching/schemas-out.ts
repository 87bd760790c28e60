import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";
import { ExitReason, GoalKind, GoalStatus, Language, Nullable, Outcome, Situation } from "./schemas.ts";

/** What the coaching trajectory answers (issue 19). Notes are read by the worker's own consultant and admins only, each read audited. */
const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const SettingsOut = Type.Object({ evaluationMonths: Type.Array(Type.Integer()), evaluationBeforeEndDays: Type.Integer() });
export const GoalTypeOut = Type.Object({ id: Uuid, name: Type.String(), kind: GoalKind, active: Type.Boolean() });

export const IntakeOut = Type.Object({
  referrerContact: Type.Object({ name: Nullable(Type.String()), email: Nullable(Type.String()), phone: Nullable(Type.String()) }),
  startingSituation: Type.String(),
  languages: Type.Array(Language),
  learningWishes: Type.String(),
  recordedBy: StaffRef,
  updatedAt: Type.String(),
});
export const GoalOut = Type.Object({
  id: Uuid,
  goalTypeId: Uuid,
  name: Type.String(),
  kind: GoalKind,
  status: GoalStatus,
  notes: Type.String(),
  updatedAt: Type.String(),
});
export const ActionOut = Type.Object({
  id: Uuid,
  conversationId: Uuid,
  description: Type.String(),
  dueOn: Type.String(),
  done: Type.Boolean(),
  doneOn: Nullable(Type.String()),
});
export const ConversationOut = Type.Object({
  id: Uuid,
  heldOn: Type.String(),
  staff: StaffRef,
  notes: Type.String(),
  appointmentId: Nullable(Uuid),
  actions: Type.Array(ActionOut),
});
export const EvaluationOut = Type.Object(
  {
    id: Uuid,
    agreementId: Uuid,
    moment: Type.String(),
    heldOn: Type.String(),
    staff: StaffRef,
    notes: Type.String(),
    outcomes: Type.Array(Type.Object({ goalId: Uuid, goalName: Type.String(), outcome: Outcome, note: Type.String() })),
    // The clients' feedback on the worker's jobs (EvaluationClientFeedback in packages/domain) joins
    // here as `clientFeedback` once the client feedback feature collects it.
  },
  { description: "An evaluation with its outcome per goal" },
);
export const MomentOut = Type.Object({ key: Type.String(), dueOn: Type.String(), evaluationId: Nullable(Uuid) });
export const AgreementMomentsOut = Type.Object({ id: Uuid, startDate: Type.String(), endDate: Nullable(Type.String()), moments: Type.Array(MomentOut) });
export const FollowUpOut = Type.Object({
  id: Uuid,
  situation: Situation,
  source: Type.Union([Type.Literal("consultant"), Type.Literal("sms")]),
  recordedOn: Type.String(),
  recordedBy: Nullable(StaffRef),
  notes: Type.String(),
});
export const ExitOut = Type.Object({
  id: Uuid,
  agreementId: Uuid,
  reason: ExitReason,
  exitDate: Type.String(),
  followUpDueOn: Type.String(),
  notes: Type.String(),
  recordedBy: StaffRef,
  followUps: Type.Array(FollowUpOut),
});

export const TrajectoryOut = Type.Object({
  workerId: Uuid,
  workerName: Type.String(),
  referrer: Type.Union([Type.Literal("vdab"), Type.Literal("ocmw")]),
  referralDate: Nullable(Type.String()),
  referralReference: Nullable(Type.String()),
  consultant: Nullable(StaffRef),
  intake: Nullable(IntakeOut),
  goals: Type.Array(GoalOut),
  conversations: Type.Array(ConversationOut, { description: "Newest first" }),
  agreements: Type.Array(AgreementMomentsOut, { description: "Each agreement with its evaluation moments (tenant setting)" }),
  evaluations: Type.Array(EvaluationOut, { description: "Newest first" }),
  exits: Type.Array(ExitOut),
  appointments: Type.Array(Type.Object({ id: Uuid, day: Type.String(), location: Type.String(), status: Type.String() }), {
    description: "The worker's zitdag appointments, newest first: a conversation held there links to one",
  }),
});
export const ConsultantOut = Type.Object({ workerId: Uuid, consultant: StaffRef });
