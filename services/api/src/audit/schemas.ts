import { Type } from "@sinclair/typebox";
import { DateOnly, ListQuery, Uuid } from "../schemas/common.ts";

const Filters = {
  subjectId: Type.Optional({ ...Uuid, description: "A person, job, payment…: rows about it, or naming it as the worker or client" }),
  actorId: Type.Optional({ ...Uuid, description: "The staff member (or worker, client) who acted" }),
  entity: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: "^[a-z_]+$", description: "e.g. worker, client, job, payment, settings" })),
  from: Type.Optional({ ...DateOnly, description: "First day (Brussels time), included" }),
  to: Type.Optional({ ...DateOnly, description: "Last day (Brussels time), included" }),
};
export const AuditQuery = Type.Object({ ...Filters, ...ListQuery }, { additionalProperties: false });
export const AuditCsvQuery = Type.Object(Filters, { additionalProperties: false });

export const AuditEntry = Type.Object({
  id: Uuid,
  at: Type.String({ format: "date-time" }),
  actorType: Type.String({ description: "admin, consultant, finance, client, worker, platform, system or anyone (signed out)" }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown({ description: "The record before the change; INSZ and IBAN masked" }),
  after: Type.Unknown({ description: "The record after the change; INSZ and IBAN masked" }),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export const AuditEntities = Type.Object({ items: Type.Array(Type.String()) });
