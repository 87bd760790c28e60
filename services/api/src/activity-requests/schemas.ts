import { Type, type Static } from "@sinclair/typebox";
import { ListQuery, Uuid } from "../schemas/common.ts";

const Status = Type.Union([Type.Literal("open"), Type.Literal("granted"), Type.Literal("refused"), Type.Literal("forwarded")]);
const Decision = Type.Union([Type.Literal("granted"), Type.Literal("refused"), Type.Literal("forwarded")]);

export const CreateBody = Type.Object(
  {
    clientId: Uuid,
    /** An activity of the Flemish list the client names; left out for a wish in words only. */
    activityCode: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    wish: Type.String({ minLength: 1, maxLength: 1000, description: "What the client would like done, in its own words." }),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  {
    decision: Decision,
    /** For `granted`: the list activity to add, when the request named none or the admin picks another. */
    activityCode: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    answer: Type.Optional(Type.String({ maxLength: 1000, description: "Words for the client; required to refuse or forward." })),
  },
  { additionalProperties: false },
);
export type CreateBodyT = Static<typeof CreateBody>;
export type AnswerBodyT = Static<typeof AnswerBody>;

export const ListQuerySchema = Type.Object({ ...ListQuery, status: Type.Optional(Status), clientId: Type.Optional(Uuid) }, { additionalProperties: false });

export const ActivityRequestOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  clientName: Type.String(),
  municipalityId: Uuid,
  municipalityName: Type.String(),
  activityCode: Type.Union([Type.String(), Type.Null()]),
  activityName: Type.Union([Type.String(), Type.Null()]),
  wish: Type.String(),
  status: Status,
  answer: Type.Union([Type.String(), Type.Null()]),
  answeredAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
});
