import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** The HTTP shapes of payout runs, their lines and their files (OpenAPI from these). */
export const RunStatus = Type.Union([Type.Literal("draft"), Type.Literal("approved"), Type.Literal("exported")]);
export const RunOut = Type.Object({
  id: Uuid,
  month: Type.String(),
  status: RunStatus,
  lineCount: Type.Integer({ description: "lines of the run: one per worker and month of work settled (detail)" }),
  transferCount: Type.Integer({ description: "transfers the SEPA file pays: one per worker whose lines add up to more than 0" }),
  totalCents: Type.Integer(),
  hourlyCents: Type.Integer(),
  createdAt: Type.String(),
  generatedAt: Type.Union([Type.String(), Type.Null()]),
  approvedAt: Type.Union([Type.String(), Type.Null()]),
  approvedBy: Type.Union([Type.String(), Type.Null()]),
  exportedAt: Type.Union([Type.String(), Type.Null()]),
});
export const RunDetail = Type.Object({
  ...RunOut.properties,
  summary: Type.Object({
    regularCents: Type.Integer(),
    adjustmentCents: Type.Integer(),
    /** Remainders of earlier runs set off in this run (carried lines, below zero). */
    carriedCents: Type.Integer(),
    entryCount: Type.Integer(),
    /** What the SEPA file pays: one transfer per worker whose lines add up to more than 0. */
    transferCount: Type.Integer(),
    transferCents: Type.Integer(),
    /** Workers whose lines add up to less than 0: no transfer; the next run sets the remainder off once. */
    carryForwardCount: Type.Integer(),
    carryForwardCents: Type.Integer(),
  }),
});
export const LineOut = Type.Object({
  id: Uuid,
  workerId: Uuid,
  kind: Type.Union([Type.Literal("regular"), Type.Literal("adjustment"), Type.Literal("carried")], {
    description:
      "regular: the run's own month; adjustment: an earlier month settled again (late entries, corrections, cancellations); carried: the negative remainder of an earlier run, set off once.",
  }),
  workMonth: Type.Union([Type.String({ pattern: "^[0-9]{4}-[0-9]{2}$", examples: ["2026-03"] }), Type.Null()], {
    description: "The month of work this line settles; null for a carried line.",
  }),
  settlementNo: Type.Union([Type.Integer(), Type.Null()], { description: "1 for the first settlement of the worker's month, 2 for the next, …" }),
  carriedFromRunId: Type.Union([Uuid, Type.Null()], { description: "For a carried line: the run whose remainder it sets off." }),
  entryIds: Type.Union([Type.Array(Uuid), Type.Null()], {
    description: "The confirmed time entries the worker's month was settled on (null for carried lines and for lines from before settlement per month).",
  }),
  entryCount: Type.Integer({
    description: "Change in the number of paid entries of that month: the entries of a first settlement, +1 for a late entry, -1 for a cancelled one.",
  }),
  minutes: Type.Integer(),
  vouchers: Type.Integer(),
  payCents: Type.Integer(),
  travelCents: Type.Integer(),
  totalCents: Type.Integer(),
  name: Type.String(),
  iban: Type.String(),
  endToEndId: Type.String(),
});

export const FileResponse = (type: string) => Type.Unsafe<unknown>({ type: "string", format: "binary", description: type });

const Money = Type.Integer({ description: "cents" });
export const ApprovalSummary = Type.Object({
  runId: Uuid,
  month: Type.String(),
  status: RunStatus,
  totalCents: Money,
  lineCount: Type.Integer(),
  transferCount: Type.Integer({ description: "transfers in the SEPA file: one per worker whose lines add up to more than 0" }),
  transferCents: Money,
  preparedBy: Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }, { description: "who computed the run last" }),
  fourEyes: Type.Object({
    aboveCents: Money,
    required: Type.Boolean({ description: "the total is above the tenant's four-eyes amount: the preparer may not approve" }),
    youMayApprove: Type.Boolean(),
  }),
  invalidIbans: Type.Array(Type.String(), { description: "names of workers whose account fails the IBAN check (approval is refused while any)" }),
  largest: Type.Array(Type.Object({ workerId: Uuid, name: Type.String(), totalCents: Money, minutes: Type.Integer() })),
  aboveLegalMaximum: Type.Array(
    Type.Object({ workerId: Uuid, name: Type.String(), workMonth: Type.Union([Type.String(), Type.Null()]), payCents: Money, maxPayCents: Money }),
    { description: "lines paying more than 60 hours × the hourly pay for one month's work (RULES §1, §2)" },
  ),
  previous: Type.Union([Type.Object({ month: Type.String(), totalCents: Money, lineCount: Type.Integer() }), Type.Null()]),
  differenceCents: Type.Union([Money, Type.Null()], { description: "this run's total minus the previous run's" }),
});
