import { Type } from "@sinclair/typebox";
import { DateOnly, ListQuery, Month, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of time entries (prestaties) (OpenAPI from these). */
export const TravelKm = Type.Number({ minimum: 0, maximum: 999.9, description: "km, at most one decimal" });
export const Status = Type.Union([
  Type.Literal("submitted"),
  Type.Literal("confirmed"),
  Type.Literal("disputed"),
  Type.Literal("awaiting_vouchers"),
  Type.Literal("cancelled"),
]);

export const TimeEntryOut = Type.Object({
  id: Uuid,
  assignmentId: Uuid,
  workerId: Uuid,
  clientId: Uuid,
  date: Type.String(),
  minutes: Type.Integer(),
  travelKm: Type.Number(),
  vouchers: Type.Integer(),
  status: Status,
  confirmBefore: Type.String({ description: "Last day the client can confirm or dispute; then it is confirmed automatically" }),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
  confirmedBy: Type.Union([Type.String(), Type.Null()]),
  disputeReason: Type.Union([Type.String(), Type.Null()]),
  correctsEntryId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String(),
  workerFirstName: Type.Optional(Type.String({ description: "In lists: who worked, for the client to check (issue 17)" })),
  activityCode: Type.Optional(Type.String({ description: "In lists: the task of the job worked on" })),
  activityName: Type.Optional(Type.String()),
});
export const CreateBody = Type.Object(
  { assignmentId: Uuid, date: DateOnly, minutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }), travelKm: TravelKm },
  { additionalProperties: false },
);
export const CorrectBody = Type.Object({ minutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }), travelKm: TravelKm }, { additionalProperties: false });
export const DisputeBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });
export const ListQs = Type.Object(
  { ...ListQuery, status: Type.Optional(Status), workerId: Type.Optional(Uuid), clientId: Type.Optional(Uuid), month: Type.Optional(Month) },
  { additionalProperties: false },
);
