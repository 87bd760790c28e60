import { Type } from "@sinclair/typebox";
import { DateOnly, Uuid } from "../schemas/common.ts";

/** Issue 19, collective deployment: the team fields of a job (a school, vzw or local government asks for several workers). */
const Supervisor = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
    email: Type.Optional(Type.String({ maxLength: 200, format: "email" })),
  },
  { additionalProperties: false, description: "Who guides the team at the organisation" },
);

export const TeamFields = {
  workersNeeded: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 12,
      default: 1,
      description: "How many workers the job needs (default 1). More than 1 only for an organisation client (422 job.team_not_for_client).",
    }),
  ),
  supervisor: Type.Optional(Supervisor),
  tasks: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 30, description: "The task package, one task a line" })),
};

export const TeamOut = {
  workersNeeded: Type.Integer(),
  supervisor: Type.Union([
    Type.Object({ name: Type.String(), phone: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  tasks: Type.Array(Type.String()),
};

/** Confirm every submitted entry of a job (and its occurrences) in one go, optionally for a period. */
export const ConfirmHoursBody = Type.Object(
  {
    from: Type.Optional({ ...DateOnly, description: "First work date (inclusive); default: no lower bound" }),
    to: Type.Optional({ ...DateOnly, description: "Last work date (inclusive); default: no upper bound" }),
  },
  { additionalProperties: false },
);
export const ConfirmHoursOut = Type.Object({
  confirmed: Type.Integer({ description: "Entries confirmed (vouchers consumed)" }),
  awaitingVouchers: Type.Integer({ description: "Entries waiting for vouchers (the client is short; they confirm once vouchers arrive)" }),
  entryIds: Type.Array(Uuid),
});
