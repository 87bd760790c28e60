import { TransferOut } from "../transfers/schemas.ts";
import { Type, type Static } from "@sinclair/typebox";
import { DateOnly, ListQuery, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of voucher orders, payments, refunds and the wallet (OpenAPI from these). */
const Ogm = Type.String({ minLength: 12, maxLength: 30, examples: ["+++123/4567/89002+++"] });
export const ORDER_MAX_QUANTITY = 500;
export const OrderBody = Type.Object({ clientId: Uuid, quantity: Type.Integer({ minimum: 1, maximum: ORDER_MAX_QUANTITY }) }, { additionalProperties: false });
export const OrderOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  quantity: Type.Integer(),
  unitPriceCents: Type.Integer(),
  amountCents: Type.Integer(),
  paymentReference: Type.String(),
  status: Type.Union([Type.Literal("awaiting_payment"), Type.Literal("paid"), Type.Literal("cancelled")]),
  createdAt: Type.String(),
});
export const OrderListQs = Type.Object(
  {
    ...ListQuery,
    clientId: Type.Optional(Uuid),
    status: Type.Optional(Type.Union([Type.Literal("awaiting_payment"), Type.Literal("paid"), Type.Literal("cancelled")])),
  },
  { additionalProperties: false },
);
export const PayTo = Type.Union(
  [
    Type.Object({
      name: Type.String({ description: "Account holder" }),
      iban: Type.String({ description: "Electronic format, e.g. BE68539007547034" }),
      bic: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ],
  { description: "The organisation's bank account to pay to; null until the organisation has set it" },
);
export const VoucherTerms = Type.Object({
  unitPriceCents: Type.Integer({ description: "Price of one voucher for this client today (RULES §4)" }),
  confirmAboveQuantity: Type.Integer({ description: "Orders above this quantity are asked to be confirmed first (issue 17)" }),
  maxQuantity: Type.Integer(),
  payTo: PayTo,
  permanentReference: Type.String({
    description: "The client's permanent OGM (issue 18): valid for the fee and every order of this client; money that fits no open order becomes credit",
  }),
});
export const OrderWithPayTo = Type.Composite([OrderOut, Type.Object({ paidAt: Type.Union([Type.String(), Type.Null()]), payTo: PayTo })]);
export const PaymentBody = Type.Object(
  { paymentReference: Ogm, amountCents: Type.Integer({ minimum: 1, maximum: 100_000_000 }), paidOn: DateOnly },
  { additionalProperties: false },
);
export const MatchOut = Type.Object(
  {
    status: Type.Union([Type.Literal("matched"), Type.Literal("unmatched"), Type.Literal("awaiting_approval")]),
    paymentId: Type.Union([Uuid, Type.Null()]),
    paymentReference: Type.Union([Type.String(), Type.Null()]),
    amountCents: Type.Integer(),
    paidOn: Type.String(),
    clientId: Type.Optional(Uuid),
    orderId: Type.Optional(Uuid),
    lotId: Type.Optional(Uuid),
    vouchers: Type.Optional(Type.Integer()),
    clientAgreementId: Type.Optional(Uuid),
    creditCents: Type.Optional(Type.Integer({ description: "Paid with the client's permanent OGM and fitting no open order or fee: credit" })),
    reason: Type.Optional(Type.String()),
    expectedCents: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export const PaymentOut = Type.Object({
  id: Uuid,
  paymentReference: Type.Union([Type.String(), Type.Null()]),
  amountCents: Type.Integer(),
  paidOn: Type.String(),
  source: Type.String(),
  status: Type.String(),
  unmatchedReason: Type.Union([Type.String(), Type.Null()]),
  counterpartyName: Type.Union([Type.String(), Type.Null()]),
  counterpartyIban: Type.Optional(Type.Union([Type.String({ description: "The sender's account from the statement, masked" }), Type.Null()])),
  preparedBy: Type.Optional(
    Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }, { description: "awaiting_approval: who entered it" }),
  ),
  youMayApprove: Type.Optional(Type.Boolean({ description: "awaiting_approval: whether the caller may approve it (four eyes)" })),
  returnTransferId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: "Set while the payment is marked refund-to-sender (GET /v1/client-transfers/{id})" }),
  ),
  communication: Type.Union([Type.String(), Type.Null()]),
  matchedOrderId: Type.Union([Uuid, Type.Null()]),
  matchedClientAgreementId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String(),
});
export const CodaOut = Type.Object({
  matched: Type.Array(MatchOut),
  unmatched: Type.Array(MatchOut),
  duplicates: Type.Array(Type.Object({ bankReference: Type.String(), amountCents: Type.Integer() })),
});
export const StatementImportOut = Type.Object({
  format: Type.Union([Type.Literal("coda"), Type.Literal("camt053")], { description: "As read from the file's content" }),
  statements: Type.Integer({ description: "Statements in the file" }),
  matched: Type.Array(MatchOut),
  unmatched: Type.Array(MatchOut),
  duplicates: Type.Array(Type.Object({ bankReference: Type.String(), amountCents: Type.Integer() }), {
    description: "Credits imported before: not booked again",
  }),
});
export const RefundBody = Type.Object(
  {
    clientId: Uuid,
    quantity: Type.Integer({ minimum: 1, maximum: 10_000 }),
    iban: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: "Where the money goes back to; left out: the account of the client's last incoming payment" }),
    ),
  },
  { additionalProperties: false },
);
export const RefundOut = Type.Object({
  clientId: Uuid,
  quantity: Type.Integer(),
  amountCents: Type.Integer(),
  lots: Type.Array(Type.Object({ lotId: Uuid, vouchers: Type.Integer() })),
  transfer: Type.Union([TransferOut, Type.Null()], {
    description: "The draft transfer of amountCents back to the client (issue 18): approved in GET /v1/client-transfers, then paid by SEPA",
  }),
});
export const WalletOut = Type.Object({
  available: Type.Integer({ description: "Valid vouchers not reserved: what a refund or new work can still use" }),
  reserved: Type.Integer({
    description: "Valid vouchers set aside for entered hours not yet paid (entries submitted, disputed or awaiting vouchers); at most what the client holds",
  }),
  shortfall: Type.Integer({ description: "Vouchers those entered hours need beyond what the client holds: to buy" }),
  planned: Type.Integer({
    description:
      "Estimate for accepted assignments from today on without hours yet (one per started planned hour); not reserved, not subtracted from available",
  }),
  expiringWithin30Days: Type.Integer({ description: "Valid vouchers held (reserved included) whose last day is within 30 days" }),
  lots: Type.Array(Type.Object({ count: Type.Integer(), expiresOn: Type.String() }), {
    description: "Valid vouchers held per expiry date; they add up to available + reserved",
  }),
});
export const PaymentListQs = Type.Object(
  {
    ...ListQuery,
    status: Type.Optional(
      Type.Union([Type.Literal("matched"), Type.Literal("unmatched"), Type.Literal("awaiting_approval")], {
        description: "awaiting_approval: manual payments above the four-eyes amount, not matched until another staff member approves them",
      }),
    ),
  },
  { additionalProperties: false },
);
export const TaxYearQs = Type.Object(
  {
    year: Type.Integer({ minimum: 2018, maximum: 2100 }),
    lang: Type.Optional(
      Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")], {
        description: "the certificate's language; the client's own language when left out",
      }),
    ),
  },
  { additionalProperties: false },
);
export type OrderBodyT = Static<typeof OrderBody>;
export type RefundBodyT = Static<typeof RefundBody>;
