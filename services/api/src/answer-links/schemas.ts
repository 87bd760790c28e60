import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** The HTTP shapes of the short answer links /j/<code> (issue 17). */
export const CodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 32, description: "The 8-character code of the link https://<web>/j/<code>" }) },
  { additionalProperties: false },
);

export const ProposalState = Type.Union(
  [
    Type.Literal("open"),
    Type.Literal("accepted"),
    Type.Literal("declined"),
    Type.Literal("expired"),
    Type.Literal("taken"),
    Type.Literal("cancelled"),
    Type.Literal("done"),
  ],
  { description: "open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done" },
);

export const WorkerAssignmentView = Type.Object(
  {
    assignmentId: Uuid,
    state: ProposalState,
    activity: Type.Object({ code: Type.String(), name: Type.String() }),
    address: Type.Object({
      street: Type.String(),
      number: Type.String(),
      postalCode: Type.String(),
      neighbourhood: Type.Union([Type.String(), Type.Null()], { description: "The wijk" }),
      municipality: Type.String(),
    }),
    clientFirstName: Type.String({ description: "The client's contact's first name only" }),
    startsAt: Type.String({ format: "date-time" }),
    endsAt: Type.String({ format: "date-time" }),
    minutes: Type.Integer(),
    respondBy: Type.Union([Type.String({ format: "date-time" }), Type.Null()], { description: "Until when the proposal can be answered" }),
    undoUntil: Type.Union([Type.String({ format: "date-time" }), Type.Null()], {
      description: "A decline can be undone until then (10 minutes); null otherwise",
    }),
    reason: Type.Union([Type.String(), Type.Null()], { description: "The worker's reason for declining, if given" }),
    language: Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")], { description: "The worker's language" }),
    travel: Type.Union(
      [
        Type.Object({
          roundTripKm: Type.Number({ description: "Home → client → home as the crow flies, one decimal" }),
          allowanceCents: Type.Integer({ description: "The travel allowance this gives (RULES §2: nothing for 10 km or less)" }),
          counts: Type.Boolean({ description: "Whether the round trip is over 10 km, so the allowance counts" }),
        }),
        Type.Null(),
      ],
      { description: "The km the travel allowance will count; null when a location is unknown" },
    ),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  {
    response: Type.Union([Type.Literal("accept"), Type.Literal("decline")]),
    reason: Type.Optional(Type.String({ maxLength: 500, description: "Why not (optional, with a decline)" })),
  },
  { additionalProperties: false },
);
