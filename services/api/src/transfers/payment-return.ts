import { encryption } from "@wijkwerk/db";
import { maskIban } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { statementIban, typedIban } from "./ibans.ts";
import * as repo from "./repository.ts";
import { transferOut } from "./views.ts";

/**
 * Refund-to-sender: an unmatched payment goes back to the account it came from (the statement's
 * counterparty, or the one given). 409 when the payment is matched or already marked.
 */
export async function prepareReturn(ctx: TenantContext, paymentId: string, body: { iban?: string | undefined; name?: string | undefined }) {
  const payment = await repo.lockPayment(ctx.tx, paymentId);
  if (!payment) throw notFound("Deze betaling");
  if (payment.status !== "unmatched")
    throw new AppError("payment.matched", "Deze betaling is al gekoppeld aan een bestelling of inschrijving en kan niet teruggestort worden.");
  if (payment.return_transfer_id) throw new AppError("payment.already_returned", "Deze betaling wordt al teruggestort.");
  const iban =
    body.iban !== undefined
      ? typedIban(body.iban)
      : payment.counterparty_account
        ? statementIban(encryption.revealValue(payment.counterparty_account))
        : undefined;
  const name = (body.name ?? payment.counterparty_name ?? "").trim();
  if (!iban || !name)
    throw new AppError(
      "payment.return_no_account",
      `Het uittreksel geeft ${iban ? "geen naam" : "geen geldig rekeningnummer"} van de afzender. Vul ${iban ? "de naam" : "het rekeningnummer (IBAN)"} in.`,
    );
  const what = payment.payment_reference ?? payment.communication ?? "";
  const row = await repo.insertTransfer(
    ctx.tx,
    ctx.tenantId,
    {
      kind: "payment_return",
      client_id: null,
      payment_id: payment.id,
      amount_cents: payment.amount_cents,
      creditor_name: name.slice(0, 140),
      creditor_iban: iban,
      remittance: `Terugstorting van uw betaling van ${payment.paid_on} ${what}`.trim(),
      vouchers: null,
      refund_lots: null,
    },
    ctx.actor.sub,
  );
  await repo.setPaymentReturn(ctx.tx, payment.id, row.id);
  await ctx.audit({ entity: "client_transfer", entityId: row.id, action: "prepare", after: { ...transferOut(row), iban: maskIban(iban) } });
  return transferOut(row);
}
