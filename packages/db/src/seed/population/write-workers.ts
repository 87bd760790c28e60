import type { Random } from "../random.ts";
import { copyRows, flatMapRows, mapRows } from "../copy.ts";
import { hhmm, type DateStrings } from "./days.ts";
import type { Worker } from "./model.ts";
import type { PopulationOptions } from "./options.ts";
import { sealIban, sealNationalNumber } from "../../encryption/values.ts";

/** Writes the workers with their availability, activities, skills and agreements (the agreement ids draw from `rng`). */
export async function writeWorkers(
  o: PopulationOptions,
  rng: Random,
  workers: readonly Worker[],
  dates: DateStrings,
  log: (line: string) => void,
): Promise<void> {
  const { sql, tenantId } = o;
  await copyRows(
    sql,
    "workers",
    [
      "tenant_id",
      "id",
      "first_name",
      "last_name",
      "national_number",
      "national_number_hmac",
      "national_number_masked",
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
      "iban",
      "iban_masked",
      "referrer",
      "max_travel_km",
      "status",
      "created_at",
      "updated_at",
    ],
    mapRows(workers, (w) => {
      // Issue 20: stored encrypted, with the lookup hash and masked forms next to them.
      const insz = sealNationalNumber(w.insz);
      const iban = sealIban(w.iban);
      return [
        tenantId,
        w.id,
        w.firstName,
        w.lastName,
        insz.nationalNumber,
        insz.nationalNumberHmac,
        insz.nationalNumberMasked,
        w.phone,
        w.email,
        w.language,
        w.street,
        w.number,
        w.postalCode,
        w.hood.municipalityId,
        w.hood.id,
        w.lat,
        w.lon,
        iban.envelope,
        iban.masked,
        w.referrer,
        w.maxTravelKm,
        "active",
        w.createdAt,
        w.createdAt,
      ];
    }),
  );
  await copyRows(
    sql,
    "worker_availability",
    ["tenant_id", "worker_id", "weekday", "from_time", "to_time"],
    flatMapRows(workers, (w) => w.availability.map((a) => [tenantId, w.id, a.weekday, hhmm(a.from), hhmm(a.to)])),
  );
  await copyRows(
    sql,
    "worker_activities",
    ["tenant_id", "worker_id", "activity_code"],
    flatMapRows(workers, (w) => [...w.activities].map((c) => [tenantId, w.id, c])),
  );
  await copyRows(
    sql,
    "worker_skills",
    ["tenant_id", "worker_id", "skill_id", "obtained_on"],
    flatMapRows(workers, (w) => [...w.skills].map(([s, on]) => [tenantId, w.id, s, dates.iso(on)])),
  );
  // Open-ended agreements are the PWA exemption (RULES §1): they record the PWA agreement the person had on 30-09-2017.
  await copyRows(
    sql,
    "worker_agreements",
    ["tenant_id", "id", "worker_id", "start_date", "end_date", "legacy_pwa", "pwa_agreement_date", "created_at"],
    flatMapRows(workers, (w) =>
      w.agreements.map((a) => [
        tenantId,
        rng.uuid(),
        w.id,
        dates.iso(a.start),
        a.end === null ? null : dates.iso(a.end),
        a.end === null,
        a.end === null ? "2014-03-01" : null,
        `${dates.iso(a.start)} 09:00:00+01`,
      ]),
    ),
  );
  log("workers written");
}
