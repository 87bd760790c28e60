import { brusselsDateOf, resolveSettings } from "@wijkwerk/domain";
import { dayOf } from "./population.ts";
import { Random } from "./random.ts";
import type { SeedStep } from "./steps.ts";
import { VoucherBook } from "./vouchers/book.ts";
import { simulateClient } from "./vouchers/client-wallet.ts";
import { readHistory } from "./vouchers/history.ts";
import { writeBook } from "./vouchers/write.ts";

/**
 * Demo wallets that tell the story of the demo's past work (RULES §4, API.md time entries):
 * - clients buy vouchers a few days before the work needs them, in their usual quantity (10–40),
 *   pay with the OGM reference and get a lot valid 12 months;
 * - every confirmed entry consumed its vouchers when it was confirmed, oldest expiry first, as one
 *   balanced posting (the same allocation rule as the API);
 * - some clients bought a stock almost a year ago and used little of it: it expires within 30 days;
 * - every 15th client stopped paying three weeks ago: an order awaits payment, and the entries the
 *   wallet could not pay wait as `awaiting_vouchers` (the state the API leaves them in);
 * - the entries still waiting for the client's answer reserve vouchers (see docs/VOUCHERS.md);
 * - finance finds three payments it cannot match.
 * The wallet is simulated in memory and written with COPY: seeding stays about a second.
 */

export const seedVouchers: SeedStep = async ({ sql, tenantId, log }) => {
  await sql.begin(async (tx) => {
    await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    const today = brusselsDateOf(new Date());
    const todayDay = dayOf(today);
    const rng = new Random(`vouchers:${today}`);
    const [tenant] = await tx<{ settings: Record<string, unknown> }[]>`SELECT settings FROM tenants WHERE id = ${tenantId}`;
    const settingsOn = memo((date: string) => resolveSettings(tenant?.settings, date));
    const validity = settingsOn(today).voucherValidityMonths;

    const { clients, byClient } = await readHistory(tx, tenantId);
    const book = new VoucherBook(tenantId);
    for (const [i, c] of clients.entries()) simulateClient(book, { today, todayDay, validity, settingsOn, rng }, c, i, byClient.get(c.id) ?? []);
    await writeBook(tx, book, today);
    const { stats, waitingIds, awaitingOrders } = book;
    log(
      `vouchers: ${stats.lots} paid lots (${stats.expiringStock} old stocks expiring soon), ${stats.consumed} consumed by confirmed work, ` +
        `${waitingIds.length} entries awaiting vouchers, ${awaitingOrders.length} orders awaiting payment, 3 unmatched payments`,
    );
  });
};

function memo<V>(fn: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = fn(key)));
    return v;
  };
}
