import { Type } from "@sinclair/typebox";
import { DateOnly, errorResponses, ListQuery, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of trainings, sessions, enrolments and the training-demand report (OpenAPI from these). */
const Instant = Type.String({ format: "date-time", examples: ["2026-03-31T09:00:00+02:00"] });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const TrainingBody = Type.Object(
  { name: Text(200), skillId: Uuid, description: Type.String({ maxLength: 4000 }), durationMinutes: Type.Integer({ minimum: 1, maximum: 24 * 60 * 30 }) },
  { additionalProperties: false },
);
export const TrainingOut = Type.Object({
  id: Uuid,
  name: Type.String(),
  skillId: Uuid,
  description: Type.String(),
  durationMinutes: Type.Integer(),
  createdAt: Type.String(),
});

export const SessionBody = Type.Object(
  { trainingId: Uuid, startsAt: Instant, endsAt: Instant, location: Text(300), capacity: Type.Integer({ minimum: 1, maximum: 1000 }), trainer: Text(200) },
  { additionalProperties: false },
);
export const SessionOut = Type.Object({
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
export const SessionQuery = Type.Object(
  { ...ListQuery, from: Type.Optional(DateOnly), to: Type.Optional(DateOnly), trainingId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const EnrollmentStatus = Type.Union([
  Type.Literal("enrolled"),
  Type.Literal("waitlisted"),
  Type.Literal("cancelled"),
  Type.Literal("attended"),
  Type.Literal("absent"),
]);
export const EnrollBody = Type.Object({ workerId: Uuid }, { additionalProperties: false });
export const EnrollmentOut = Type.Object({
  sessionId: Uuid,
  workerId: Uuid,
  status: EnrollmentStatus,
  waitlistPosition: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: "1 = next in line; null unless waitlisted." }),
});
export const EnrollmentListItem = Type.Composite([
  EnrollmentOut,
  Type.Object({ firstName: Type.String(), lastName: Type.String(), enrolledAt: Type.String() }),
]);
export const CancelOut = Type.Composite([EnrollmentOut, Type.Object({ promotedWorkerId: Type.Union([Uuid, Type.Null()]) })]);
export const WorkerParams = Type.Object({ id: Uuid, workerId: Uuid });
export const AttendanceBody = Type.Object({ workerId: Uuid, attended: Type.Boolean() }, { additionalProperties: false });
export const AttendanceOut = Type.Object({
  sessionId: Uuid,
  workerId: Uuid,
  status: Type.Union([Type.Literal("attended"), Type.Literal("absent")]),
  skill: Type.Union([Type.Object({ skillId: Uuid, obtainedOn: Type.String() }), Type.Null()]),
});

export const DemandItem = Type.Object({
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

/** The options of the two cancel routes (DELETE and POST …/cancel), the same action. */
export const cancelRoute = <R extends readonly string[]>(roles: R) => ({
  config: { roles, errors: ["training.session_started"] as const },
  schema: {
    tags: ["training"],
    summary: "Give up a place or leave the waitlist; the next waiting worker gets the place",
    params: WorkerParams,
    response: { 200: CancelOut, ...errorResponses(401, 403, 404, 409) },
  },
});
