import { Type, type TLiteral, type TSchema, type TUnion } from "@sinclair/typebox";
import {
  COACHING_EVALUATION_OUTCOMES,
  COACHING_EXIT_REASONS,
  COACHING_FOLLOW_UP_SITUATIONS,
  COACHING_GOAL_KINDS,
  COACHING_GOAL_STATUSES,
  COACHING_LANGUAGE_LEVELS,
} from "@wijkwerk/domain";
import { DateOnly, Email, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of the coaching trajectory's writes (issue 19); what is read is in schemas-out.ts. */
type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };
export const Enum = <const T extends readonly string[]>(values: T, description?: string): TUnion<Literals<T>> =>
  // One literal per value, in order: the tuple type TypeBox needs is what the mapped array is.
  Type.Union(
    values.map((v: T[number]) => Type.Literal(v)),
    description ? { description } : {},
  ) as TUnion<Literals<T>>;
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Phone = Type.String({ pattern: "^\\+[1-9][0-9]{7,14}$", examples: ["+32470123456"] });

export const GoalKind = Enum(COACHING_GOAL_KINDS, "attitude, competence or skill");
export const GoalStatus = Enum(COACHING_GOAL_STATUSES);
export const Outcome = Enum(COACHING_EVALUATION_OUTCOMES);
export const ExitReason = Enum(COACHING_EXIT_REASONS);
export const Situation = Enum(COACHING_FOLLOW_UP_SITUATIONS);
export const Language = Type.Object(
  {
    language: Type.String({ minLength: 2, maxLength: 2, description: "ISO 639-1, e.g. nl, ar" }),
    level: Enum(COACHING_LANGUAGE_LEVELS, "CEFR level or native"),
  },
  { additionalProperties: false },
);

export const WorkerGoalParams = Type.Object({ id: Uuid, goalId: Uuid });
export const WorkerActionParams = Type.Object({ id: Uuid, actionId: Uuid });
export const WorkerExitParams = Type.Object({ id: Uuid, exitId: Uuid });

export const ConsultantBody = Type.Object({ consultantId: Uuid }, { additionalProperties: false });

export const IntakeBody = Type.Object(
  {
    referrerContact: Type.Object(
      { name: Type.Optional(Text(200)), email: Type.Optional(Email), phone: Type.Optional(Phone) },
      { additionalProperties: false, description: "The contact person at the referrer (VDAB or OCMW)" },
    ),
    startingSituation: Text(4000, 1),
    languages: Type.Array(Language, { maxItems: 10 }),
    learningWishes: Text(4000, 1),
  },
  { additionalProperties: false },
);

export const GoalBody = Type.Object({ goalTypeId: Uuid, status: Type.Optional(GoalStatus), notes: Type.Optional(Text(4000)) }, { additionalProperties: false });
export const GoalPatch = Type.Object(
  { status: Type.Optional(GoalStatus), notes: Type.Optional(Text(4000)) },
  { additionalProperties: false, minProperties: 1 },
);

export const ConversationBody = Type.Object(
  {
    heldOn: DateOnly,
    notes: Text(8000, 1),
    appointmentId: Type.Optional(Uuid),
    actions: Type.Optional(Type.Array(Type.Object({ description: Text(1000, 1), dueOn: DateOnly }, { additionalProperties: false }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export const ActionPatch = Type.Object({ done: Type.Boolean() }, { additionalProperties: false });

export const EvaluationBody = Type.Object(
  {
    agreementId: Type.Optional(Uuid),
    moment: Type.String({
      pattern: "^(months_[1-9][0-9]?|before_end|extra)$",
      description: "A planned moment (months_3, before_end, …) or extra",
      examples: ["months_3"],
    }),
    heldOn: DateOnly,
    notes: Type.Optional(Text(8000)),
    outcomes: Type.Array(Type.Object({ goalId: Uuid, outcome: Outcome, note: Type.Optional(Text(2000)) }, { additionalProperties: false }), {
      maxItems: 50,
    }),
  },
  { additionalProperties: false },
);

export const ExitBody = Type.Object({ reason: ExitReason, exitDate: DateOnly, notes: Type.Optional(Text(4000)) }, { additionalProperties: false });
export const FollowUpBody = Type.Object(
  { situation: Situation, recordedOn: Type.Optional(DateOnly), notes: Type.Optional(Text(4000)) },
  { additionalProperties: false },
);

export const SettingsBody = Type.Object(
  {
    evaluationMonths: Type.Array(Type.Integer({ minimum: 1, maximum: 24 }), { maxItems: 12, description: "Months after the agreement's start" }),
    evaluationBeforeEndDays: Type.Integer({ minimum: 0, maximum: 365, description: "Days before the agreement's end" }),
  },
  { additionalProperties: false },
);
export const GoalTypeBody = Type.Object({ name: Text(100, 1), kind: GoalKind }, { additionalProperties: false });
export const GoalTypePatch = Type.Object(
  { name: Type.Optional(Text(100, 1)), kind: Type.Optional(GoalKind), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
