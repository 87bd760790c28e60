import { Type, type TSchema } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Section = <T extends TSchema>(item: T, description: string) =>
  Type.Object({ total: Type.Integer({ description: "How many there are; items holds at most 50" }), items: Type.Array(item) }, { description });

/** The consultant's worklist ("Te doen", issue 16): what waits for someone at the organisation. */
export const WorklistOut = Type.Object({
  disputedEntries: Section(
    Type.Object({
      id: Uuid,
      clientId: Uuid,
      clientName: Type.String(),
      workerId: Uuid,
      workerName: Type.String(),
      date: Type.String(),
      minutes: Type.Integer(),
      reason: Nullable(Type.String()),
    }),
    "Hours the client disputed: confirm or correct them",
  ),
  awaitingVouchers: Section(
    Type.Object({ id: Uuid, clientId: Uuid, clientName: Type.String(), date: Type.String(), vouchers: Type.Integer() }),
    "Hours waiting for the client's cheques",
  ),
  proposals: Section(
    Type.Object({
      id: Uuid,
      jobId: Uuid,
      description: Type.String(),
      workerId: Uuid,
      workerName: Type.String(),
      status: Type.String(),
      expiresAt: Nullable(Type.String()),
      startsAt: Type.String(),
    }),
    "Proposals expiring within a day, and declined or expired ones whose job is still open",
  ),
  unpaidFees: Section(
    Type.Object({ id: Uuid, clientId: Uuid, clientName: Type.String(), startDate: Type.String(), feeCents: Type.Integer(), paymentReference: Type.String() }),
    "Client agreements whose fee is not paid",
  ),
  endingAgreements: Section(
    Type.Object({ id: Uuid, workerId: Uuid, workerName: Type.String(), endDate: Type.String() }),
    "Worker agreements ending within the tenant's notice days, with no next one",
  ),
  incompleteWorkers: Section(
    Type.Object({ id: Uuid, name: Type.String(), noAvailability: Type.Boolean(), noActivities: Type.Boolean(), noSkills: Type.Boolean() }),
    "Active workers without availability, activities or skills",
  ),
  evaluationsDue: Section(
    Type.Object({ workerId: Uuid, workerName: Type.String(), agreementId: Uuid, moment: Type.String(), dueOn: Type.String() }),
    "Issue 19: coaching evaluations due within 14 days or overdue (the caller's own workers; admins: all)",
  ),
  followUpsDue: Section(
    Type.Object({ exitId: Uuid, workerId: Uuid, workerName: Type.String(), reason: Type.String(), exitDate: Type.String(), dueOn: Type.String() }),
    "Issue 19: follow-ups due 9 months after a worker's exit, not yet answered (the caller's own workers; admins: all)",
  ),
});
