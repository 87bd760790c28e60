import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `events/voucher_order.created`: Vouchers were ordered: send the client the payment instructions. */
export const VoucherOrderCreated = Type.Object({
  orderId: Uuid,
  clientId: Uuid,
  quantity: Type.Integer(),
  amountCents: Type.Integer(),
  paymentReference: Type.String(),
});
