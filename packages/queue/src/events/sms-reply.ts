import { Type } from "@sinclair/typebox";
import { Nullable, Uuid } from "./shared.ts";

/**
 * `events/sms.reply` (issue 17): the one SMS we send back to a worker's inbound SMS (POST /v1/sms/inbound):
 * accepted / declined (naming the klus and date, and saying so when other proposals were open),
 * taken (another worker was first), help (what to send, and the organisation's phone number) or
 * started (issue 20: after START, SMS are on again).
 */
export const SmsReply = Type.Object({
  inboundId: Uuid,
  workerId: Uuid,
  reply: Type.Union([Type.Literal("accepted"), Type.Literal("declined"), Type.Literal("taken"), Type.Literal("help"), Type.Literal("started")]),
  assignmentId: Nullable(Uuid),
  /** Other open proposals of this worker besides the one answered. */
  otherOpen: Type.Integer({ minimum: 0 }),
});
