import { Type } from "@sinclair/typebox";
import { ListQuery, Uuid } from "../schemas/common.ts";
import { WorkerAssignmentView } from "../answer-links/schemas.ts";

/** The HTTP shapes of assignments (toewijzingen): proposals, answers, cancellations (OpenAPI from these). */
const Instant = Type.String({ format: "date-time", examples: ["2026-03-31T09:00:00+02:00"] });
export const Warning = Type.Object({ code: Type.String(), detail: Type.String() }, { additionalProperties: true });
export const AssignmentOut = Type.Object({
  id: Uuid,
  jobId: Uuid,
  workerId: Uuid,
  clientId: Uuid,
  startsAt: Type.String(),
  endsAt: Type.String(),
  minutes: Type.Integer(),
  status: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  respondedAt: Type.Union([Type.String(), Type.Null()]),
  cancelledBy: Type.Union([Type.String(), Type.Null()]),
  warnings: Type.Array(Warning),
  createdAt: Type.String(),
  details: Type.Optional({ ...WorkerAssignmentView, description: "For a worker's own list (issue 17): what, where, for whom, how far" }),
});
export const CreateBody = Type.Object({ workerId: Uuid, startsAt: Instant, endsAt: Instant }, { additionalProperties: false });
export const RespondBody = Type.Object(
  { response: Type.Union([Type.Literal("accept"), Type.Literal("decline")]), reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });
export const ListQuerySchema = Type.Object(
  { ...ListQuery, workerId: Type.Optional(Uuid), from: Type.Optional(Instant), to: Type.Optional(Instant) },
  { additionalProperties: false },
);

export const CheckOut = Type.Object({ warnings: Type.Array(Warning) }, { additionalProperties: false });

/** A series: the time on its first klus, moved onto each open date; `jobIds` keeps only some dates. */
export const SeriesBody = Type.Object(
  {
    workerId: Uuid,
    startsAt: Instant,
    endsAt: Instant,
    jobIds: Type.Optional(
      Type.Array(Uuid, { minItems: 1, maxItems: 200, uniqueItems: true, description: "The dates (klussen of the series) to propose; default every open one" }),
    ),
  },
  { additionalProperties: false },
);
const Refusal = Type.Object({ code: Type.String(), detail: Type.String() });
export const SeriesCheckOut = Type.Object(
  {
    items: Type.Array(
      Type.Object({ jobId: Uuid, startsAt: Type.String(), endsAt: Type.String(), refusal: Type.Union([Refusal, Type.Null()]), warnings: Type.Array(Warning) }),
    ),
    warnings: Type.Array(Warning, { description: "The client's side, for all the dates together: cheques short, agreement fee not paid" }),
  },
  { additionalProperties: false },
);
export const SeriesOut = Type.Object({ items: Type.Array(AssignmentOut) }, { additionalProperties: false });
