import { sql } from "drizzle-orm";
import { message, PayloadError, web, type LoaderTable } from "../loader.ts";
import { clientRecipient } from "../recipients.ts";

/** The voucher events: payment instructions for an order, and the client's low or expiring balance. */
export const VOUCHER_LOADERS: LoaderTable<"voucher_order.created" | "vouchers.low" | "vouchers.expiring"> = {
  "voucher_order.created": async ({ tx, payload }) => {
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    const [acct] = await tx.execute<{ iban: string; bic: string | null }>(
      sql`SELECT iban, bic FROM organisation_accounts WHERE tenant_id = app_current_tenant()`,
    );
    // Without the organisation's account the client cannot pay: fail visibly instead of mailing half a message.
    if (!acct) throw new PayloadError("De organisatie heeft nog geen rekeningnummer (organisation_accounts): de betaalinstructie kan niet verstuurd worden.");
    return [
      message("voucher_order.created", client, {
        quantity: payload.quantity,
        amountCents: payload.amountCents,
        ogm: payload.paymentReference,
        iban: acct.iban,
        bic: acct.bic ?? "",
      }),
    ];
  },

  "vouchers.low": async ({ tx, payload, config }) => {
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    return [message("vouchers.low", client, { remaining: payload.available, link: web(config, "/klant/cheques") })];
  },

  "vouchers.expiring": async ({ tx, payload, config }) => {
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    return [message("vouchers.expiring", client, { count: payload.count, expiresOn: payload.expiresOn, link: web(config, "/klant/cheques") })];
  },
};
