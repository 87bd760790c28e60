import { Type } from "@sinclair/typebox";
import { DateOnly, ListQuery, Uuid } from "../schemas/common.ts";
import { TeamFields, TeamOut } from "./team-schemas.ts";

/** The HTTP shapes of jobs (klussen), their occurrences and cancellation (OpenAPI from these). */
const Instant = Type.String({ format: "date-time", examples: ["2026-03-31T09:00:00+02:00"] });
const Window = Type.Object({ from: Instant, to: Instant }, { additionalProperties: false });
export const JobStatus = Type.Union([Type.Literal("open"), Type.Literal("assigned"), Type.Literal("done"), Type.Literal("cancelled")]);
export const CreateBody = Type.Object(
  {
    clientId: Uuid,
    activityCode: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    estimatedMinutes: Type.Integer({ minimum: 15, maximum: 24 * 60 }),
    window: Window,
    recurrence: Type.Optional(Type.Object({ rrule: Type.String({ minLength: 1, maxLength: 300 }), until: DateOnly }, { additionalProperties: false })),
    ...TeamFields,
  },
  { additionalProperties: false },
);
const WindowOut = Type.Object({ from: Type.String(), to: Type.String() });
export const JobOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  activityCode: Type.String(),
  description: Type.String(),
  estimatedMinutes: Type.Integer(),
  window: WindowOut,
  neighbourhoodId: Uuid,
  status: JobStatus,
  parentJobId: Type.Union([Uuid, Type.Null()]),
  recurrence: Type.Union([Type.Object({ rrule: Type.String(), until: Type.String() }), Type.Null()]),
  cancellation: Type.Union(
    [Type.Object({ at: Type.String(), by: Type.Union([Type.Literal("client"), Type.Literal("consultant")]), reason: Type.String() }), Type.Null()],
    {
      description: "Who cancelled the job, when and why (status cancelled)",
    },
  ),
  doneAt: Type.Union([Type.String(), Type.Null()], { description: "When the last hours of the job were confirmed (status done)" }),
  createdAt: Type.String(),
  ...TeamOut,
});
export const OccurrenceOut = Type.Object({ id: Uuid, window: WindowOut, status: JobStatus });
const AssignmentSummary = Type.Object({
  id: Uuid,
  workerId: Uuid,
  workerFirstName: Type.String({ description: "Who comes: the first name only, for the client (issue 17)" }),
  startsAt: Type.String(),
  endsAt: Type.String(),
  status: Type.String(),
});
export const JobDetail = Type.Composite([JobOut, Type.Object({ occurrences: Type.Array(OccurrenceOut), assignments: Type.Array(AssignmentSummary) })]);
export const ListQuerySchema = Type.Object(
  {
    ...ListQuery,
    status: Type.Optional(JobStatus),
    neighbourhoodId: Type.Optional(Uuid),
    clientId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "Part of the description, of the client's name or of the wijk's name" })),
  },
  { additionalProperties: false },
);
export const CancelBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, description: "Why, in a few words: the worker and the client read it" }) },
  { additionalProperties: false },
);
export const CancelOut = Type.Composite([
  JobOut,
  Type.Object({
    cancelledOccurrences: Type.Integer({ description: "Occurrences of the series cancelled with it (0 for a single job)" }),
    keptOccurrences: Type.Integer({ description: "Occurrences left as they are because hours were entered for them" }),
    cancelledAssignments: Type.Integer(),
  }),
]);
