import { randomUUID } from "node:crypto";
import { addCalendarMonths, brusselsDateOf, makeOgm, postingFor, resolveSettings, voucherExpiresOn, type ClientType } from "@wijkwerk/domain";
import type { SeedStep } from "./steps.ts";

/**
 * Demo wallets: clients who had work in the last three months bought vouchers, paid with their
 * OGM reference and got a lot valid 12 months (RULES §4), written as balanced ledger postings.
 * Lots bought up to 11 months ago, so some expire within 30 days; every 15th client has an order
 * still awaiting payment, and finance finds three payments it cannot match.
 */
export const seedVouchers: SeedStep = async ({ sql, tenantId, log }) => {
  await sql.begin(async (tx) => {
    await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    const today = brusselsDateOf(new Date());
    const [tenant] = await tx<{ settings: Record<string, unknown> }[]>`SELECT settings FROM tenants WHERE id = ${tenantId}`;
    const settings = resolveSettings(tenant?.settings, today);
    const clients = await tx<{ id: string; type: ClientType; name: string }[]>`
      SELECT c.id, c.type, c.name FROM clients c
      WHERE c.tenant_id = ${tenantId} AND EXISTS (
        SELECT 1 FROM time_entries te WHERE te.tenant_id = c.tenant_id AND te.client_id = c.id AND te.work_date >= ${addCalendarMonths(today, -3)}::date)
      ORDER BY c.client_number`;
    let lots = 0;
    let awaiting = 0;
    for (const [i, c] of clients.entries()) {
      const quantity = 10 + (i % 4) * 10;
      const unit = settings.voucherPriceCents[c.type];
      const [counter] = await tx<{ n: string }[]>`SELECT app_next_counter('ogm') AS n`;
      const reference = makeOgm(Number(counter!.n));
      const orderId = randomUUID();
      if (i % 15 === 14) {
        await tx`INSERT INTO voucher_orders (tenant_id, id, client_id, quantity, unit_price_cents, amount_cents, payment_reference, status, created_by_id)
                 VALUES (${tenantId}, ${orderId}, ${c.id}, ${quantity}, ${unit}, ${quantity * unit}, ${reference}, 'awaiting_payment', 'seed')`;
        awaiting++;
        continue;
      }
      const issuedOn = addCalendarMonths(today, -(i % 12));
      await tx`INSERT INTO voucher_orders (tenant_id, id, client_id, quantity, unit_price_cents, amount_cents, payment_reference, status, created_by_id, created_at, paid_at)
               VALUES (${tenantId}, ${orderId}, ${c.id}, ${quantity}, ${unit}, ${quantity * unit}, ${reference}, 'paid', 'seed', ${issuedOn}::date, ${issuedOn}::date)`;
      await tx`INSERT INTO payments (tenant_id, id, payment_reference, amount_cents, paid_on, source, matched_order_id, status, created_by_id)
               VALUES (${tenantId}, ${randomUUID()}, ${reference}, ${quantity * unit}, ${issuedOn}, 'manual', ${orderId}, 'matched', 'seed')`;
      const lotId = randomUUID();
      await tx`INSERT INTO voucher_lots (tenant_id, id, client_id, order_id, quantity, issued_on, expires_on)
               VALUES (${tenantId}, ${lotId}, ${c.id}, ${orderId}, ${quantity}, ${issuedOn}, ${voucherExpiresOn(issuedOn, settings.voucherValidityMonths)})`;
      const postingId = randomUUID();
      for (const m of postingFor("issue", quantity, { clientId: c.id, lotId })) {
        await tx`INSERT INTO voucher_movements (tenant_id, posting_id, account, lot_id, vouchers, kind)
                 VALUES (${tenantId}, ${postingId}, ${m.account}, ${lotId}, ${m.vouchers}, ${m.kind})`;
      }
      lots++;
    }
    for (const [i, name] of ["J. Peeters", "Vzw De Boomgaard", "M. Claeys"].entries()) {
      await tx`INSERT INTO payments (tenant_id, id, payment_reference, amount_cents, paid_on, source, counterparty_name, communication, status, unmatched_reason, created_by_id)
               VALUES (${tenantId}, ${randomUUID()}, NULL, ${(i + 1) * 7450}, ${addCalendarMonths(today, -i)}, 'manual', ${name}, 'wijk-werkcheques', 'unmatched', 'reference_unknown', 'seed')`;
    }
    log(`vouchers: ${lots} paid lots, ${awaiting} orders awaiting payment, 3 unmatched payments`);
  });
};
