import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** The HTTP shapes of handovers (issue 19, continuity): a leaving worker's regular client, its successor, the plan. */
const Instant = Type.String({ format: "date-time", examples: ["2027-03-31T09:00:00+02:00"] });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const HandoverOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  clientName: Type.String(),
  leavingWorkerId: Uuid,
  leavingWorkerName: Type.String(),
  successorId: Uuid,
  successorName: Type.String(),
  leavingEndsOn: Type.String({ description: "The last day of the leaving worker's agreement" }),
  successorStartsOn: Type.String({ description: "From this day the successor comes (the series moves)" }),
  status: Type.Union([Type.Literal("announced"), Type.Literal("moved"), Type.Literal("cancelled")]),
  inloop: Type.Union([Type.Object({ assignmentId: Uuid, startsAt: Nullable(Type.String()) }), Type.Null()], {
    description: "The inloopbeurt: the successor joins one visit of the current worker",
  }),
  movedCount: Type.Union([Type.Integer(), Type.Null()], { description: "Visits of the series proposed to the successor" }),
  movedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

const Suggestion = Type.Object({
  workerId: Uuid,
  name: Type.String(),
  score: Type.Integer(),
  reasons: Type.Array(Type.Object({ code: Type.String(), weight: Type.Integer(), detail: Type.String() })),
});

export const DueOut = Type.Object({
  items: Type.Array(
    Type.Object({
      workerId: Uuid,
      workerName: Type.String(),
      endDate: Type.String(),
      daysLeft: Type.Integer(),
      notice: Type.Union([Type.Literal(60), Type.Literal(30)], {
        description: "60: from 60 days before the end; 30: urgent (also an announced handover whose agreement has ended, daysLeft below 0: move the series)",
      }),
      clientId: Uuid,
      clientName: Type.String(),
      months: Type.Integer({ description: "Months with confirmed work of the last 6 (regular: at least 2)" }),
      referenceJobId: Type.Union([Uuid, Type.Null()], { description: "The job the suggestion is matched on (the client's next visit after the end)" }),
      suggestion: Type.Union([Suggestion, Type.Null()], { description: "The best successor from the matching, or null when none fits" }),
      handover: Type.Union([HandoverOut, Type.Null()]),
    }),
  ),
});

export const AnnounceBody = Type.Object({ clientId: Uuid, leavingWorkerId: Uuid, successorId: Uuid }, { additionalProperties: false });
export const InloopBody = Type.Object({ jobId: Uuid, startsAt: Instant, endsAt: Instant }, { additionalProperties: false });
export const MoveOut = Type.Object({
  handover: HandoverOut,
  moved: Type.Integer({ description: "Visits proposed to the successor" }),
  cancelled: Type.Integer({ description: "Visits of the leaving worker after the end, cancelled" }),
  refused: Type.Array(Type.Object({ jobId: Uuid, startsAt: Type.String(), code: Type.String(), detail: Type.String() })),
});
export const ListQuery = Type.Object(
  { clientId: Type.Optional(Uuid), status: Type.Optional(Type.Union([Type.Literal("announced"), Type.Literal("moved"), Type.Literal("cancelled")])) },
  { additionalProperties: false },
);
