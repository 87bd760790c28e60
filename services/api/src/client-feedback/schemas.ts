import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** A month in responses ("YYYY-MM"); a pattern, since the response serializer knows no "month" format. */
const Month = Type.String({ pattern: "^[0-9]{4}-[0-9]{2}$", examples: ["2027-02"] });

/** The HTTP shapes of the client's feedback on a worker's month (issue 19). */
export const FeedbackAnswer = Type.Union([Type.Literal("good"), Type.Literal("could_be_better"), Type.Literal("not_good")], {
  description: "goed, kan beter, niet goed",
});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 32, description: "The 8-character code of the link https://<web>/f/<code>" }) },
  { additionalProperties: false },
);

/** What the client sees behind the link: whose work, which month; nothing else about the worker. */
export const FeedbackLinkView = Type.Object(
  {
    workerFirstName: Type.String({ description: "The worker's first name only" }),
    month: Month,
    organisation: Type.String({ description: "The organisation that asks" }),
    language: Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")], { description: "The client's language" }),
    state: Type.Union([Type.Literal("open"), Type.Literal("answered"), Type.Literal("expired")]),
    answer: Nullable(FeedbackAnswer),
    comment: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const FeedbackAnswerBody = Type.Object(
  {
    answer: FeedbackAnswer,
    comment: Type.Optional(Type.String({ maxLength: 1000, description: "Optional, in the client's words" })),
  },
  { additionalProperties: false },
);

export const ClientFeedbackItem = Type.Object(
  {
    id: Uuid,
    client: Type.Object({ id: Uuid, name: Type.String() }),
    month: Month,
    minutes: Type.Integer({ description: "Confirmed minutes of the worker for this client in that month" }),
    channel: Type.Union([Type.Literal("sms"), Type.Literal("email")]),
    askedAt: Type.String({ format: "date-time" }),
    answer: Nullable(FeedbackAnswer),
    comment: Nullable(Type.String()),
    answeredAt: Nullable(Type.String({ format: "date-time" })),
  },
  { additionalProperties: false },
);
export const ClientFeedbackList = Type.Object({ items: Type.Array(ClientFeedbackItem) }, { additionalProperties: false });
