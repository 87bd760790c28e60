import { makeBeIban, makeInsz, makeMobile, unique } from "../identities.ts";
import { EMAIL_DOMAINS, emailLocal, FLEMISH_FIRST, FLEMISH_LAST, NEWCOMER_FIRST, NEWCOMER_LAST, WALLOON_FIRST, WALLOON_LAST } from "../names.ts";
import type { Random } from "../random.ts";
import { dayOf, monthsBefore, yearEnd, type DateStrings } from "./days.ts";
import { ALL_DEMAND_CODES } from "./demand.ts";
import type { Agreement, Seen, Worker } from "./model.ts";
import type { PopulationOptions } from "./options.ts";
import { round6, weightedHood } from "./places.ts";

/** One worker: who, where, when available, what they can do, and the agreements they had (RULES §1). */

/** A worker taking this many relationships wants as many hours as the caps allow. */
export const EAGER_RELATIONSHIPS = 7;

export function makeWorker(rng: Random, o: PopulationOptions, seen: Seen, dates: DateStrings, todayDay: number, historyStart: number): Worker {
  const origin = rng.weighted([
    ["flemish", 55],
    ["newcomer", 38],
    ["walloon", 7],
  ] as const);
  const firstName = rng.pick(origin === "flemish" ? FLEMISH_FIRST : origin === "walloon" ? WALLOON_FIRST : NEWCOMER_FIRST);
  const lastName = rng.pick(origin === "flemish" ? FLEMISH_LAST : origin === "walloon" ? WALLOON_LAST : NEWCOMER_LAST);
  const language =
    origin === "walloon"
      ? "fr"
      : origin === "newcomer"
        ? rng.weighted([
            ["nl", 60],
            ["fr", 15],
            ["en", 25],
          ] as const)
        : "nl";
  const birthYear = rng.int(1962, 2004);
  const insz = unique(seen.insz, () =>
    makeInsz({ year: birthYear, month: rng.int(1, 12), day: rng.int(1, 28) }, rng.int(1, 998), origin === "newcomer" && rng.chance(0.3)),
  );
  const hood = weightedHood(rng, o.hoods, false);
  const lat = round6(hood.lat + (rng.next() - 0.5) * 0.012);
  const lon = round6(hood.lon + (rng.next() - 0.5) * 0.018);

  const availability: Worker["availability"] = [];
  const days = rng
    .shuffle([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6])
    .filter((d, idx, arr) => arr.indexOf(d) === idx)
    .slice(0, rng.int(2, 5))
    .sort();
  for (const weekday of days) {
    const shape = rng.weighted([
      ["morning", 3],
      ["afternoon", 2],
      ["day", 4],
    ] as const);
    if (shape === "morning") availability.push({ weekday, from: 8 * 60, to: 12 * 60 + 30 });
    else if (shape === "afternoon") availability.push({ weekday, from: 12 * 60 + 30, to: 18 * 60 });
    else availability.push({ weekday, from: 8 * 60 + 30, to: 17 * 60 });
  }

  const skills = new Map<string, number>();
  const gardener = rng.chance(0.45);
  if (gardener) {
    skills.set(o.skills.garden, historyStart - rng.int(30, 700));
    if (rng.chance(0.5)) skills.set(o.skills.machines, historyStart - rng.int(0, 600));
  }
  if (rng.chance(0.12)) skills.set(o.skills.childcare, historyStart - rng.int(10, 500));
  const activities = new Set<string>();
  if (gardener) for (const c of ["garden.mowing", "garden.hedges", "garden.beds", "garden.leaves"]) if (rng.chance(0.7)) activities.add(c);
  for (let k = rng.int(1, 4); k > 0; k--) activities.add(rng.pick(ALL_DEMAND_CODES));

  // Agreements (RULES §1): 12 months at most; a few PWA agreements from before 30-09-2017 never end.
  const agreements: Agreement[] = [];
  if (rng.chance(0.05)) agreements.push({ start: dayOf(`${rng.int(2010, 2017)}-0${rng.int(1, 9)}-01`), end: null });
  else {
    const endingSoon = rng.chance(0.09);
    let start = endingSoon ? monthsBefore(todayDay + rng.int(1, 29), 12) + 1 : todayDay - rng.int(0, 340);
    for (;;) {
      agreements.unshift({ start, end: yearEnd(start) });
      if (start <= historyStart || !rng.chance(0.6)) break;
      // Referred again after a gap (hertoeleiding).
      const prevEnd = start - rng.int(7, 60);
      start = monthsBefore(prevEnd + 1, 12);
    }
  }
  const firstStart = agreements[0]!.start;
  const w: Worker = {
    id: rng.uuid(),
    firstName,
    lastName,
    insz,
    phone: unique(seen.contact, () => makeMobile(rng)),
    email: rng.chance(0.45) ? unique(seen.contact, () => `${emailLocal(firstName, lastName)}${rng.int(1, 999)}@${rng.pick(EMAIL_DOMAINS)}`) : null,
    language,
    hood,
    street: rng.pick(hood.streets),
    number: String(rng.int(1, 180)),
    postalCode: rng.pick(hood.postalCodes),
    lat,
    lon,
    iban: makeBeIban(rng),
    referrer: rng.chance(0.68) ? "vdab" : "ocmw",
    maxTravelKm: rng.pick([3, 4, 5, 5, 6, 7.5, 8, 10]),
    availability,
    activities,
    skills,
    agreements,
    createdAt: `${dates.iso(Math.max(firstStart - 3, historyStart - 400))} 09:00:00+01`,
    // A few want as many hours as allowed: the monthly cap (RULES §1) stops their calendar.
    maxRelationships: rng.chance(0.12) ? rng.int(EAGER_RELATIONSHIPS, 10) : rng.int(2, 5),
    relationships: 0,
    booked: new Map(),
    monthMinutes: new Map(),
    yearMinutes: new Map(),
    activeOn: (day) => agreements.some((a) => a.start <= day && (a.end === null || day <= a.end)),
  };
  return w;
}
