import { Type } from "@sinclair/typebox";
import { AssignmentFields } from "./shared.ts";

/** `events/assignment.declined`: A worker declined a proposal: tell the consultant, with the reason if any. */
export const AssignmentDeclined = Type.Object({
  ...AssignmentFields,
  reason: Type.Union([Type.String(), Type.Null()]),
  /** When the worker declined (issue 17): the event is delayed by the undo window and sent only if this decline still stands. */
  declinedAt: Type.Optional(Type.String()),
});
