import { Type } from "@sinclair/typebox";
import { AssignmentFields, Side } from "./shared.ts";

/** `events/assignment.cancelled`: An assignment (or its job) was cancelled: tell the sides in `notify`, with the reason. */
export const AssignmentCancelled = Type.Object({ ...AssignmentFields, cancelledBy: Side, reason: Type.String(), notify: Type.Array(Side) });
