import { makeOgm } from "@wijkwerk/domain";
import type { Random } from "../random.ts";
import { copyRows, flatMapRows, mapRows } from "../copy.ts";
import type { DateStrings } from "./days.ts";
import type { Client } from "./model.ts";
import type { PopulationOptions } from "./options.ts";
import { sealNationalNumber } from "../../encryption/values.ts";

/** Writes the clients, their yearly agreements with the fee's OGM reference, and the tenant's counters. */
export async function writeClients(
  o: PopulationOptions,
  rng: Random,
  clients: readonly Client[],
  dates: DateStrings,
  todayDay: number,
  log: (line: string) => void,
): Promise<void> {
  const { sql, tenantId } = o;
  await copyRows(
    sql,
    "clients",
    [
      "tenant_id",
      "id",
      "type",
      "name",
      "contact_first_name",
      "contact_last_name",
      "phone",
      "email",
      "language",
      "street",
      "house_number",
      "postal_code",
      "municipality_id",
      "neighbourhood_id",
      "lat",
      "lon",
      "national_number",
      "national_number_hmac",
      "national_number_masked",
      "enterprise_number",
      "client_number",
      "created_at",
      "updated_at",
    ],
    mapRows(clients, (c) => [
      tenantId,
      c.id,
      c.type,
      c.name,
      c.firstName,
      c.lastName,
      c.phone,
      c.email,
      c.language,
      c.street,
      c.number,
      c.postalCode,
      c.hood.municipalityId,
      c.hood.id,
      c.lat,
      c.lon,
      ...((s) => [s.nationalNumber, s.nationalNumberHmac, s.nationalNumberMasked])(sealNationalNumber(c.insz)),
      c.kbo,
      c.number_,
      c.createdAt,
      c.createdAt,
    ]),
  );
  let ogm = 0;
  await copyRows(
    sql,
    "client_agreements",
    ["tenant_id", "id", "client_id", "start_date", "end_date", "fee_cents", "payment_reference", "fee_paid_on", "created_at"],
    flatMapRows(clients, (c) =>
      c.agreements.map((a) => {
        // The newest fee may still be open; older years were paid a few days after the start.
        const paid =
          a.start < todayDay - 21 || (a.start < todayDay - 2 && rng.chance(0.5)) ? dates.iso(Math.min(todayDay - 1, a.start + rng.int(2, 20))) : null;
        return [tenantId, rng.uuid(), c.id, dates.iso(a.start), dates.iso(a.end), 750, makeOgm(++ogm), paid, `${dates.iso(a.start)} 10:00:00+01`];
      }),
    ),
  );
  await sql`INSERT INTO tenant_counters (tenant_id, name, value) VALUES (${tenantId}, 'client_number', ${clients.length}), (${tenantId}, 'ogm', ${ogm})
    ON CONFLICT (tenant_id, name) DO UPDATE SET value = GREATEST(tenant_counters.value, EXCLUDED.value)`;
  log("clients written");
}
