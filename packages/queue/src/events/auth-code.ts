import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `events/auth.code`: A one-time sign-in code: send it now (urgent); the worker removes the code from the outbox row once planned. */
export const AuthCode = Type.Object({
  authCodeId: Uuid,
  subjectType: Type.Union([Type.Literal("worker"), Type.Literal("client")]),
  subjectId: Uuid,
  channel: Type.Union([Type.Literal("sms"), Type.Literal("email")]),
  destination: Type.String(),
  code: Type.String(),
  validMinutes: Type.Integer(),
});
