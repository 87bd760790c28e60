import { Type, type Static } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";
import { PaymentOut } from "./schemas.ts";

/** HTTP shapes of likely matches, links by hand and a client's credit (issue 18). */
const Kind = Type.Union([Type.Literal("order"), Type.Literal("fee"), Type.Literal("client")]);
export const ProposalOut = Type.Object(
  {
    kind: Kind,
    orderId: Type.Union([Uuid, Type.Null()]),
    clientAgreementId: Type.Union([Uuid, Type.Null()]),
    clientId: Uuid,
    clientName: Type.String(),
    clientNumber: Type.Integer(),
    reference: Type.String({ description: "The order's or fee's OGM, or the client's permanent OGM" }),
    expectedCents: Type.Union([Type.Integer(), Type.Null()]),
    reason: Type.Union(
      [
        Type.Literal("reference_in_text"),
        Type.Literal("one_digit"),
        Type.Literal("swapped_digits"),
        Type.Literal("client_number_in_text"),
        Type.Literal("name_and_amount"),
      ],
      { description: "Why it is likely, strongest first in this list" },
    ),
    reasonText: Type.String({ description: "The reason in words (Dutch), e.g. 'Eén cijfer verschilt'" }),
  },
  { description: "A likely match for an unmatched payment: confirm it with POST /v1/payments/{id}/confirm-match" },
);
export const PaymentListItem = Type.Composite([
  PaymentOut,
  Type.Object({
    creditedClientId: Type.Union([Uuid, Type.Null()], { description: "Matched as credit on this client's account" }),
    matchMethod: Type.Union([Type.Literal("ogm"), Type.Literal("permanent_ogm"), Type.Literal("proposal"), Type.Literal("link"), Type.Null()]),
    matchedById: Type.Union([Type.String(), Type.Null()], { description: "Who confirmed or linked it; null when matched automatically" }),
    proposal: Type.Union([ProposalOut, Type.Null()], { description: "Unmatched payments only: the likely match, if any" }),
  }),
]);
export const ConfirmMatchBody = Type.Object(
  {
    kind: Kind,
    targetId: Type.String({
      format: "uuid",
      description: "The proposal's orderId, clientAgreementId or clientId (as listed): refused with 409 when it changed",
    }),
  },
  { additionalProperties: false },
);
export const LinkBody = Type.Object(
  {
    clientId: Type.Optional(Type.String({ format: "uuid", description: "Link to a client: fee or oldest order of exactly this amount, else credit" })),
    orderId: Type.Optional(Type.String({ format: "uuid", description: "Link to an open order of exactly this amount" })),
  },
  { additionalProperties: false, description: "Exactly one of clientId and orderId" },
);
export const SettledOut = Type.Object({
  paymentId: Uuid,
  status: Type.Literal("matched"),
  matchMethod: Type.Union([Type.Literal("proposal"), Type.Literal("link")]),
  amountCents: Type.Integer(),
  clientId: Uuid,
  orderId: Type.Optional(Uuid),
  lotId: Type.Optional(Uuid),
  vouchers: Type.Optional(Type.Integer()),
  clientAgreementId: Type.Optional(Uuid),
  creditCents: Type.Optional(Type.Integer({ description: "Booked as credit on the client's account" })),
  reason: Type.Optional(Type.String()),
});
export const CreditOut = Type.Object({
  clientId: Uuid,
  balanceCents: Type.Integer({ description: "Credit (tegoed) on the client's account; a new order it covers is paid from it at once" }),
  permanentReference: Type.String({ description: "The client's permanent OGM: valid for every payment of this client" }),
  movements: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Type.Union([Type.Literal("payment"), Type.Literal("order")]),
      amountCents: Type.Integer({ description: "+ received, − used for an order" }),
      paymentId: Type.Union([Uuid, Type.Null()]),
      orderId: Type.Union([Uuid, Type.Null()]),
      paidOn: Type.Union([Type.String(), Type.Null()]),
      orderReference: Type.Union([Type.String(), Type.Null()]),
      createdAt: Type.String(),
    }),
  ),
});
export const CreditListQs = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }, { additionalProperties: false });
export const CreditListOut = Type.Object({
  items: Type.Array(
    Type.Object({
      clientId: Uuid,
      clientName: Type.String(),
      clientNumber: Type.Integer(),
      balanceCents: Type.Integer(),
      lastMovementAt: Type.String(),
    }),
  ),
});
export type ConfirmMatchBodyT = Static<typeof ConfirmMatchBody>;
