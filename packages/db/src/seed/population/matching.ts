import { haversineKm } from "@wijkwerk/domain";
import type { Random } from "../random.ts";
import { DEMAND, DESCRIPTION } from "./demand.ts";
import type { ActivityDef, Client, Relationship, Worker } from "./model.ts";
import type { PopulationOptions } from "./options.ts";
import { EAGER_RELATIONSHIPS } from "./workers.ts";

/** Pairs a client's demand with a worker nearby who can do it and has a free weekly slot. */

export function pickActivity(rng: Random, client: Client, activities: Map<string, ActivityDef>): string | null {
  const options = DEMAND[client.type].filter(([code]) => activities.get(code)?.clientTypes.includes(client.type));
  if (options.length === 0) return null;
  // Garden neighbourhoods ask far more garden work.
  return rng.weighted(options.map(([code, w]) => [code, code.startsWith("garden.") ? w * client.hood.gardenDemand : w] as const));
}

export function matchWorker(
  rng: Random,
  client: Client,
  code: string,
  minutes: number,
  workersByHood: Map<string, Worker[]>,
  adjacency: ReadonlyMap<string, readonly string[]>,
  activities: Map<string, ActivityDef>,
  skills: PopulationOptions["skills"],
  todayDay: number,
  horizon: number,
  historyStart: number,
): Relationship | null {
  const skillId =
    activities.get(code)?.skillName === "Tuinonderhoud" ? skills.garden : activities.get(code)?.skillName === "Kinderopvang basis" ? skills.childcare : null;
  const hoods = [client.hood.id, ...(adjacency.get(client.hood.id) ?? [])];
  // Workers who want every hour allowed are asked first, so their calendars really fill up to the
  // monthly cap (RULES §1) whatever day the demo is seeded on; then everyone else.
  for (const eager of [true, false])
    for (const hoodId of hoods) {
      const list = workersByHood.get(hoodId) ?? [];
      if (list.length === 0) continue;
      const offset = rng.int(0, list.length - 1);
      for (let k = 0; k < Math.min(list.length, 60); k++) {
        const w = list[(offset + k) % list.length]!;
        if (w.relationships >= w.maxRelationships || (eager && w.maxRelationships < EAGER_RELATIONSHIPS)) continue;
        if (skillId && !w.skills.has(skillId)) continue;
        if (!w.activities.has(code) && !rng.chance(0.25)) continue;
        const km = haversineKm({ lat: w.lat, lon: w.lon }, { lat: client.lat, lon: client.lon });
        if (km > w.maxTravelKm) continue;
        const slot = freeSlot(rng, w, minutes);
        if (!slot) continue;
        w.relationships++;
        const booked = w.booked.get(slot.weekday) ?? [];
        booked.push([slot.start, slot.start + minutes]);
        w.booked.set(slot.weekday, booked);
        const oneOff = client.type === "private" && rng.chance(0.15);
        // Continuity (RULES §8): most pairs start early and keep going until today and beyond.
        const from = rng.chance(0.6) ? historyStart + rng.int(0, 30) : rng.int(historyStart, todayDay - 7);
        const to = rng.chance(0.85) ? horizon : rng.int(from + 14, horizon);
        return {
          client,
          worker: w,
          code,
          description: rng.pick(DESCRIPTION[code] ?? ["Hulp volgens afspraak."]),
          weekday: slot.weekday,
          start: slot.start,
          minutes,
          interval: rng.weighted([
            [1, 50],
            [2, 35],
            [4, 15],
          ] as const),
          oneOff,
          from,
          to,
          travelTenths: Math.round(km * 2 * 10),
          firstOcc: 0,
          count: 0,
        };
      }
    }
  return null;
}

function freeSlot(rng: Random, w: Worker, minutes: number): { weekday: number; start: number } | null {
  const windows = rng.shuffle(w.availability.slice());
  for (const win of windows) {
    const taken = w.booked.get(win.weekday) ?? [];
    for (let start = win.from; start + minutes <= win.to; start += 30) {
      if (taken.every(([a, b]) => start + minutes <= a || start >= b)) return { weekday: win.weekday, start };
    }
  }
  return null;
}
