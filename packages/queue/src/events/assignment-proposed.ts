import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `events/assignment.proposed`: A worker is proposed for a job: tell them, with the one-time answer link. */
export const AssignmentProposed = Type.Object({
  assignmentId: Uuid,
  jobId: Uuid,
  workerId: Uuid,
  respondUrl: Type.String(),
  shortUrl: Type.Optional(Type.String()),
});
