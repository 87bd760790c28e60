import { Type } from "@sinclair/typebox";

/** The HTTP shapes of the worker's follow-up link /v/<code> (issue 19). */
export const Situation = Type.Union([Type.Literal("in_work"), Type.Literal("training"), Type.Literal("none")], {
  description: "werk (in work), opleiding (in training), geen werk (no work)",
});

export const CodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 32, description: "The 8-character code of the link https://<web>/v/<code>" }) },
  { additionalProperties: false },
);

export const FollowUpLinkView = Type.Object(
  {
    firstName: Type.String({ description: "The worker's first name" }),
    organisation: Type.String(),
    language: Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")], { description: "The worker's language" }),
    state: Type.Union([Type.Literal("open"), Type.Literal("answered"), Type.Literal("expired")]),
    situation: Type.Union([Situation, Type.Null()]),
  },
  { additionalProperties: false },
);

export const FollowUpAnswerBody = Type.Object({ situation: Situation }, { additionalProperties: false });
