import { Type } from "@sinclair/typebox";
import { AssignmentFields } from "./shared.ts";

/** `events/assignment.declined`: A worker declined a proposal: tell the consultant, with the reason if any. */
export const AssignmentDeclined = Type.Object({ ...AssignmentFields, reason: Type.Union([Type.String(), Type.Null()]) });
