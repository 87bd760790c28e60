import { Type } from "@sinclair/typebox";
import { Month } from "../schemas/common.ts";

/** The HTTP shapes of GET /v1/reports/month-end (issue 18; OpenAPI from these). */
const figures = (unit: string) =>
  Type.Object(
    {
      opening: Type.Integer({ description: `outstanding at the start of the month (${unit}): the clients' ledger balances` }),
      sold: Type.Integer({ description: `issued to clients after payment (${unit})` }),
      consumed: Type.Integer({ description: `used for confirmed hours, less consumptions taken back (${unit})` }),
      expired: Type.Integer({ description: `past their validity (${unit})` }),
      refunded: Type.Integer({ description: `taken back from clients by a refund (${unit})` }),
      closing: Type.Integer({ description: `outstanding at the end of the month (${unit}); for the current month: so far` }),
      difference: Type.Integer({ description: "closing − (opening + sold − consumed − expired − refunded): 0 when the month reconciles" }),
    },
    { additionalProperties: false },
  );

const Paid = Type.Object({
  minutes: Type.Integer({ description: "hours paid, in minutes, by the approved run of the month" }),
  payCents: Type.Integer(),
  travelCents: Type.Integer({ description: "travel allowance paid" }),
  totalCents: Type.Integer(),
  transferCount: Type.Integer({ description: "workers paid (transfers in the SEPA file)" }),
});

// Responses use a pattern, not format "month": the response serializer knows no such format.
const MonthOut = Type.String({ pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$", examples: ["2026-11"] });

export const MonthEndOut = Type.Object({
  from: MonthOut,
  to: MonthOut,
  months: Type.Array(
    Type.Object({
      month: MonthOut,
      vouchers: figures("vouchers"),
      valueCents: figures("euro cents, each voucher at the price paid for it"),
      paid: Type.Object({
        runStatus: Type.Union([Type.Literal("approved"), Type.Literal("exported"), Type.Null()], {
          description: "the month's payout run, if approved; null: nothing paid yet",
        }),
        ...Paid.properties,
      }),
    }),
  ),
  totals: Type.Object({ vouchers: figures("vouchers"), valueCents: figures("euro cents"), paid: Paid }),
  reconciles: Type.Boolean({ description: "every month's difference is 0, in vouchers and in euro" }),
});

export const MonthEndQuery = Type.Object(
  {
    from: Month,
    to: Type.Optional(Month),
    format: Type.Optional(
      Type.Union([Type.Literal("json"), Type.Literal("csv")], { description: "csv: the same figures as CSV for Excel (also with Accept: text/csv)" }),
    ),
  },
  { additionalProperties: false },
);
