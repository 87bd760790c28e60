import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** The HTTP shapes of inbound SMS (issue 17). */
export const InboundBody = Type.Object(
  {
    from: Type.String({ minLength: 4, maxLength: 20, description: "The sender, E.164 (+32470123456)", examples: ["+32470123456"] }),
    text: Type.String({ maxLength: 1600, description: "The message text as received" }),
    messageId: Type.String({ minLength: 1, maxLength: 200, description: "The gateway's id of this message: the same id again is answered once (idempotent)" }),
    receivedAt: Type.String({ format: "date-time", description: "When the gateway received it" }),
  },
  { additionalProperties: false },
);

const Interpretation = Type.Union([Type.Literal("accept"), Type.Literal("decline"), Type.Literal("stop"), Type.Literal("start"), Type.Literal("unclear")]);
const Outcome = Type.Union([
  Type.Literal("accepted"),
  Type.Literal("declined"),
  Type.Literal("opted_out"),
  Type.Literal("opted_in"),
  Type.Literal("no_open_proposal"),
  Type.Literal("not_pending"),
  Type.Literal("job_taken"),
  Type.Literal("unclear"),
  Type.Literal("unknown_sender"),
]);
const ReplyKind = Type.Union(
  [Type.Literal("accepted"), Type.Literal("declined"), Type.Literal("taken"), Type.Literal("help"), Type.Literal("started"), Type.Null()],
  {
    description: "The SMS sent back: none for STOP or START, for an unknown number, or when this number already got a help SMS in the last hour",
  },
);

export const InboundOut = Type.Object(
  {
    duplicate: Type.Boolean({ description: "true: this messageId was handled before; nothing was done again" }),
    interpretation: Type.Union([Interpretation, Type.Null()]),
    outcome: Type.Union([Outcome, Type.Null()]),
    reply: ReplyKind,
  },
  { additionalProperties: false },
);

export const SmsReplyItem = Type.Object(
  {
    id: Uuid,
    messageId: Type.String(),
    from: Type.String(),
    text: Type.String(),
    interpretation: Interpretation,
    outcome: Outcome,
    reply: ReplyKind,
    assignmentId: Type.Union([Uuid, Type.Null()]),
    receivedAt: Type.String({ format: "date-time" }),
  },
  { additionalProperties: false },
);
export const SmsReplyList = Type.Object({ items: Type.Array(SmsReplyItem) }, { additionalProperties: false });
