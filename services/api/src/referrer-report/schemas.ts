import { Type } from "@sinclair/typebox";
import { DateOnly, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of the referrer's report (issue 19): consents, the report, the outflow figures. */
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", examples: ["2027-03-01"] });
const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const ConsentCategory = Type.Union(
  [Type.Literal("hours"), Type.Literal("activities"), Type.Literal("trainings"), Type.Literal("goals"), Type.Literal("client_feedback")],
  {
    description:
      "hours (uren), activities (activiteiten), trainings (opleidingen en competenties), goals (doelen en evaluaties), client_feedback (feedback van klanten)",
  },
);

export const ConsentOut = Type.Object(
  {
    id: Uuid,
    category: ConsentCategory,
    givenOn: Day,
    givenBy: StaffRef,
    withdrawnOn: Nullable(Day),
    withdrawnBy: Nullable(StaffRef),
    active: Type.Boolean({ description: "Holds today" }),
  },
  { additionalProperties: false },
);
export const ConsentList = Type.Object({ items: Type.Array(ConsentOut) }, { additionalProperties: false });
export const GiveBody = Type.Object({ category: ConsentCategory, givenOn: DateOnly }, { additionalProperties: false });
export const WithdrawBody = Type.Object({ withdrawnOn: DateOnly }, { additionalProperties: false });
export const ConsentParams = Type.Object({ id: Uuid, consentId: Uuid });

export const PeriodQuery = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
  },
  { additionalProperties: false },
);

const section = <T extends Parameters<typeof Type.Union>[0][number]>(content: T) =>
  Type.Object({ included: Type.Boolean({ description: "false: the worker did not consent to share this; left out" }), content: Nullable(content) });

export const ReportOut = Type.Object(
  {
    worker: Type.Object({
      id: Uuid,
      name: Type.String(),
      referrer: Type.Union([Type.Literal("vdab"), Type.Literal("ocmw")]),
      referralReference: Nullable(Type.String()),
    }),
    organisation: Type.String(),
    period: Type.Object({ from: Day, to: Day }),
    madeOn: Day,
    hours: section(Type.Array(Type.Object({ month: Type.String(), minutes: Type.Integer() }))),
    activities: section(Type.Array(Type.Object({ code: Type.String(), name: Type.String(), minutes: Type.Integer() }))),
    trainings: section(
      Type.Object({
        attended: Type.Array(Type.Object({ name: Type.String(), date: Day })),
        skills: Type.Array(Type.Object({ name: Type.String(), obtainedOn: Day })),
      }),
    ),
    goals: section(
      Type.Array(
        Type.Object({
          name: Type.String(),
          status: Type.String(),
          evaluations: Type.Array(Type.Object({ heldOn: Day, moment: Type.String(), outcome: Type.String() })),
        }),
      ),
    ),
    client_feedback: section(Type.Object({ good: Type.Integer(), could_be_better: Type.Integer(), not_good: Type.Integer(), unanswered: Type.Integer() })),
  },
  { additionalProperties: false },
);

export const OutflowOut = Type.Object(
  {
    period: Type.Object({ from: Day, to: Day }),
    exited: Type.Integer(),
    inWork: Type.Integer(),
    inTraining: Type.Integer(),
    noWork: Type.Integer(),
    unknown: Type.Integer({ description: "Follow-up due but not known" }),
    notYetDue: Type.Integer({ description: "Exits whose 9 months have not passed yet" }),
    sharePercent: Nullable(Type.Integer({ description: "In work 9 months after exit, of the known follow-ups (Flanders: 32 %)" })),
  },
  { additionalProperties: false },
);
