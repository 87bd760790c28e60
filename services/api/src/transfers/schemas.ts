import { Type } from "@sinclair/typebox";
import { ListQuery, Uuid } from "../schemas/common.ts";

export const TransferStatus = Type.Union([Type.Literal("draft"), Type.Literal("approved"), Type.Literal("exported")]);
const Person = Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) });

export const TransferOut = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal("voucher_refund"), Type.Literal("payment_return")], {
    description: "voucher_refund: vouchers taken back (POST /v1/voucher-refunds); payment_return: an unmatched payment sent back to its sender",
  }),
  status: TransferStatus,
  clientId: Type.Union([Uuid, Type.Null()]),
  paymentId: Type.Union([Uuid, Type.Null()]),
  amountCents: Type.Integer(),
  vouchers: Type.Union([Type.Integer(), Type.Null()]),
  creditorName: Type.String(),
  creditorIban: Type.String({ description: "Masked in lists (BE68 **** **** 7034); in full in GET /v1/client-transfers/{id}" }),
  remittance: Type.String(),
  endToEndId: Type.String(),
  preparedBy: Person,
  approvedBy: Type.Union([Person, Type.Null()]),
  approvedAt: Type.Union([Type.String(), Type.Null()]),
  batchId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String(),
  youMayApprove: Type.Optional(Type.Boolean({ description: "Lists: a draft the caller may approve (four eyes: not their own above the tenant's amount)" })),
});

export const TransferListQs = Type.Object(
  {
    status: Type.Optional(TransferStatus),
    batchId: Type.Optional(Uuid),
    ...ListQuery,
  },
  { additionalProperties: false },
);

export const BatchOut = Type.Object({
  id: Uuid,
  messageId: Type.String(),
  transferCount: Type.Integer(),
  totalCents: Type.Integer(),
  debtorIban: Type.String({ description: "masked" }),
  createdAt: Type.String(),
});

export const ReturnBody = Type.Object(
  {
    iban: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: "Only when the statement gives no (valid) account of the sender" })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 140, description: "Only when the statement gives no name of the sender" })),
  },
  { additionalProperties: false },
);
