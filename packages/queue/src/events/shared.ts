import { Type, type TSchema } from "@sinclair/typebox";

/** Pieces several event payloads share. Payloads carry ids, never personal numbers. */
// A pattern, not format "uuid": TypeBox checks formats only once registered, and this package registers none.
export const Uuid = Type.String({ pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" });
export const IsoDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** Who is told, or who cancelled. */
export const Side = Type.Union([Type.Literal("worker"), Type.Literal("client"), Type.Literal("consultant")]);

/** What every assignment event names. */
export const AssignmentFields = { assignmentId: Uuid, jobId: Uuid, workerId: Uuid, clientId: Uuid };
export const Assignment = Type.Object(AssignmentFields);

/** A training session as its reminder and promotion messages need it. */
export const TrainingSession = Type.Object({
  sessionId: Uuid,
  trainingId: Uuid,
  training: Type.String(),
  workerId: Uuid,
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
});
