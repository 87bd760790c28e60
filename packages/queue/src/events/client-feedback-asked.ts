import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/**
 * `events/client_feedback.asked`: after a month of work the client is asked how the worker's work
 * was (issue 19), in one channel, with the short one-tap link (the plain code lives only here and in the message).
 */
export const ClientFeedbackAsked = Type.Object({
  requestId: Uuid,
  workerId: Uuid,
  clientId: Uuid,
  channel: Type.Union([Type.Literal("sms"), Type.Literal("email")]),
  shortUrl: Type.String(),
});
