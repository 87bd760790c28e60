import { randomUUID } from "node:crypto";
import type { Database } from "@wijkwerk/db";
import { DEFAULT_CAPS, DEFAULT_SETTINGS, makeOgm, postingFor, voucherExpiresOn, type ClientType } from "@wijkwerk/domain";
import type { PlatformTenant } from "../lib/databases.ts";

/** Monday in every organisation, prepared in SQL before the load (see prepareMonday). */
export interface Monday {
  /** Yesterday and the day before, and tomorrow (Brussels dates). */
  sat: string;
  fri: string;
  tomorrow: string;
  visits: { id: string; tenant: string; worker: string }[];
  submitted: { id: string; tenant: string; client: string }[];
  /** Accepted visits tomorrow, whose reminders the bursts make due. */
  tomorrowsVisits: number;
  /** Clients given a paid lot of vouchers so their confirmations post to the ledger. */
  clientsWithVouchers: number;
}

/**
 * A worker this close to a cap would rightly be refused (409): Monday's work goes to the others.
 * The margin covers the three prepared visits and a proposal of up to three hours.
 */
const CAP_MARGIN_MINUTES = 6 * 60;

/**
 * Per organisation, owner role, one transaction each:
 * - one accepted 30-minute visit per worker yesterday at 06:00 (entered by the worker in the load),
 * - one completed visit with a submitted 30-minute entry the day before (confirmed by its client),
 * - one accepted visit tomorrow at 10:00 (its reminder is what a burst makes due),
 * - a paid order of 10 vouchers, its lot and the issue posting for every client with such an
 *   entry, as a payment would (so confirmations consume vouchers and the ledger is exercised).
 * Only workers more than CAP_MARGIN_MINUTES from a cap and free at those times get visits.
 */
export async function prepareMonday(owner: Database, tenants: readonly PlatformTenant[]): Promise<Monday> {
  const [days] = await owner.sql<{ sat: string; fri: string; tomorrow: string }[]>`
    SELECT (d - 1)::text AS sat, (d - 2)::text AS fri, (d + 1)::text AS tomorrow FROM (SELECT (now() AT TIME ZONE 'Europe/Brussels')::date AS d) x`;
  const { sat, fri, tomorrow } = days!;
  let clientsWithVouchers = 0;
  for (const t of tenants) {
    await owner.sql.begin(async (s) => {
      await s`SELECT set_config('app.tenant_id', ${t.tenantId}, true)`;
      for (const [day, hour, status, mark] of [
        [sat, 6, "accepted", "bench"],
        [fri, 6, "completed", "bench"],
        [tomorrow, 10, "accepted", "bench-reminder"],
      ] as const) {
        await s`
          INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
          SELECT a.tenant_id, gen_random_uuid(), a.job_id, a.worker_id, a.client_id, x.s, x.s + interval '30 minutes', ${status}, ${mark}
          FROM (SELECT DISTINCT ON (worker_id) tenant_id, job_id, worker_id, client_id FROM assignments
                WHERE tenant_id = ${t.tenantId} AND status = 'completed' ORDER BY worker_id, starts_at DESC) a,
               LATERAL (SELECT (${day}::date::timestamp + make_interval(hours => ${hour})) AT TIME ZONE 'Europe/Brussels' AS s) x
          WHERE NOT EXISTS (SELECT 1 FROM worker_year_minutes m WHERE m.tenant_id = a.tenant_id AND m.worker_id = a.worker_id
                              AND m.year = extract(year FROM ${day}::date)::int
                              AND ((SELECT sum(x) FROM unnest(m.worked_minutes || m.planned_minutes) x) + ${CAP_MARGIN_MINUTES} > ${DEFAULT_CAPS.yearlyCapMinutes}
                                   OR m.worked_minutes[extract(month FROM ${day}::date)::int] + m.planned_minutes[extract(month FROM ${day}::date)::int] + ${CAP_MARGIN_MINUTES} > ${DEFAULT_CAPS.monthlyCapMinutes}))
            AND NOT EXISTS (SELECT 1 FROM assignments o WHERE o.tenant_id = a.tenant_id AND o.worker_id = a.worker_id
                            AND o.status IN ('proposed', 'accepted', 'completed') AND o.starts_at < x.s + interval '30 minutes' AND o.ends_at > x.s)`;
      }
      await s`
        INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id)
        SELECT a.tenant_id, gen_random_uuid(), a.id, a.worker_id, a.client_id, ${fri}::date, 30, 1, 'submitted', 'worker', 'bench'
        FROM assignments a WHERE a.tenant_id = ${t.tenantId} AND a.created_by_id = 'bench' AND a.status = 'completed'`;
      clientsWithVouchers += await giveVouchers(s, t.tenantId);
    });
  }
  await owner.sql`ANALYZE`;
  const visits = await owner.sql<{ id: string; tenant: string; worker: string }[]>`
    SELECT id, tenant_id AS tenant, worker_id AS worker FROM assignments WHERE created_by_id = 'bench' AND status = 'accepted' ORDER BY random()`;
  const submitted = await owner.sql<{ id: string; tenant: string; client: string }[]>`
    SELECT id, tenant_id AS tenant, client_id AS client FROM time_entries WHERE submitted_by_id = 'bench' AND status = 'submitted' ORDER BY random()`;
  const [reminders] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM assignments WHERE created_by_id = 'bench-reminder'`;
  return { sat, fri, tomorrow, visits: [...visits], submitted: [...submitted], tomorrowsVisits: reminders!.n, clientsWithVouchers };
}

const VOUCHERS_PER_CLIENT = 10;
/** The transaction postgres.js hands to sql.begin's callback (the last overload takes options first). */
type Tx = Parameters<Parameters<Database["sql"]["begin"]>[1]>[0];

/** A paid order, its lot and the balanced issue posting for each client with a prepared entry. */
async function giveVouchers(s: Tx, tenantId: string): Promise<number> {
  const clients = await s<{ id: string; type: ClientType }[]>`
    SELECT c.id, c.type FROM clients c
     WHERE c.tenant_id = ${tenantId} AND c.id IN (SELECT client_id FROM time_entries WHERE tenant_id = ${tenantId} AND submitted_by_id = 'bench')`;
  if (clients.length === 0) return 0;
  // OGM references from the organisation's counter, as every order gets them (never two alike).
  const [counter] = await s<{ value: string }[]>`
    INSERT INTO tenant_counters (tenant_id, name, value) VALUES (${tenantId}, 'ogm', ${clients.length})
    ON CONFLICT (tenant_id, name) DO UPDATE SET value = tenant_counters.value + ${clients.length}
    RETURNING value::text AS value`;
  const first = Number(counter!.value) - clients.length;
  const [today] = await s<{ d: string }[]>`SELECT (now() AT TIME ZONE 'Europe/Brussels')::date::text AS d`;
  const issuedOn = today!.d;
  const expiresOn = voucherExpiresOn(issuedOn, DEFAULT_SETTINGS.voucherValidityMonths);
  const orders = clients.map((c, i) => ({
    client: c.id,
    price: DEFAULT_SETTINGS.voucherPriceCents[c.type],
    order: randomUUID(),
    lot: randomUUID(),
    posting: randomUUID(),
    ogm: makeOgm(first + i + 1),
  }));
  await s`
    INSERT INTO voucher_orders (tenant_id, id, client_id, quantity, unit_price_cents, amount_cents, payment_reference, status, created_by_id, paid_at)
    SELECT ${tenantId}, o, c, ${VOUCHERS_PER_CLIENT}, p, ${VOUCHERS_PER_CLIENT} * p, r, 'paid', 'bench', now()
      FROM unnest(${orders.map((o) => o.order)}::uuid[], ${orders.map((o) => o.client)}::uuid[], ${orders.map((o) => o.price)}::int[], ${orders.map((o) => o.ogm)}::text[]) AS x(o, c, p, r)`;
  await s`
    INSERT INTO voucher_lots (tenant_id, id, client_id, order_id, quantity, issued_on, expires_on)
    SELECT ${tenantId}, l, c, o, ${VOUCHERS_PER_CLIENT}, ${issuedOn}::date, ${expiresOn}::date
      FROM unnest(${orders.map((o) => o.lot)}::uuid[], ${orders.map((o) => o.client)}::uuid[], ${orders.map((o) => o.order)}::uuid[]) AS x(l, c, o)`;
  // The ledger's own posting (issuer → the client's available account), as issueOrder writes it.
  const movements = orders.flatMap((o) =>
    postingFor("issue", VOUCHERS_PER_CLIENT, { clientId: o.client, lotId: o.lot }).map((m) => ({ ...m, posting: o.posting })),
  );
  await s`
    INSERT INTO voucher_movements (tenant_id, posting_id, account, lot_id, vouchers, kind)
    SELECT ${tenantId}, p, a, l, v, k
      FROM unnest(${movements.map((m) => m.posting)}::uuid[], ${movements.map((m) => m.account)}::text[], ${movements.map((m) => m.lotId!)}::uuid[],
                  ${movements.map((m) => m.vouchers)}::int[], ${movements.map((m) => m.kind)}::text[]) AS x(p, a, l, v, k)`;
  return clients.length;
}
