import { Type } from "@sinclair/typebox";
import { AssignmentFields, Side } from "./shared.ts";

/** `events/assignment.expired`: A proposal expired unanswered (maintenance sweep): tell the consultant. */
export const AssignmentExpired = Type.Object({ ...AssignmentFields, notify: Type.Array(Side) });
