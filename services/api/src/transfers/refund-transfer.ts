import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { statementIban, typedIban } from "./ibans.ts";
import * as repo from "./repository.ts";
import { transferOut } from "./views.ts";

/**
 * The money a voucher refund decided (POST /v1/voucher-refunds) as a draft transfer back to the client,
 * for exactly `amountCents`. The account: the one given, else the one the client's last incoming
 * payment came from; none known is 422 refund.iban_unknown (and the refund itself is not posted).
 */
export async function prepareRefundTransfer(
  ctx: TenantContext,
  refund: { client: { id: string; name: string; clientNumber: number }; quantity: number; amountCents: number; lots: { lotId: string; vouchers: number }[] },
  iban: string | undefined,
) {
  let creditorIban = iban === undefined ? undefined : typedIban(iban);
  if (!creditorIban) {
    for (const account of await repo.lastCounterpartyAccounts(ctx.tx, refund.client.id)) {
      creditorIban = statementIban(account);
      if (creditorIban) break;
    }
  }
  if (!creditorIban)
    throw new AppError(
      "refund.iban_unknown",
      "Het rekeningnummer van de klant is niet bekend: de klant betaalde nog niet via de bank. Vul het rekeningnummer (IBAN) in.",
    );
  const row = await repo.insertTransfer(
    ctx.tx,
    ctx.tenantId,
    {
      kind: "voucher_refund",
      client_id: refund.client.id,
      payment_id: null,
      amount_cents: refund.amountCents,
      creditor_name: refund.client.name,
      creditor_iban: creditorIban,
      remittance: `Terugbetaling ${refund.quantity} wijk-werkcheques klant ${refund.client.clientNumber}`,
      vouchers: refund.quantity,
      refund_lots: refund.lots,
    },
    ctx.actor.sub,
  );
  await ctx.audit({ entity: "client_transfer", entityId: row.id, action: "prepare", after: transferOut(row) });
  return row;
}
