import type { MunicipalityDef } from "../geography.ts";
import type { Random } from "../random.ts";
import type { City } from "./cities.ts";

/**
 * Neighbourhoods keep Gent's density however large the tenant (RULES §9: Gent has 275 workers in
 * 25 wijken): a larger organisation covers more municipalities, not more workers per street, so
 * the work a job's matching does stays the same. Each municipality beyond Gent gets 7 × 7 wijken.
 */
export const WORKERS_PER_NEIGHBOURHOOD = 11;
export const GRID_SIDE = 7;

const QUARTER = [
  "Centrum",
  "Noord",
  "Zuid",
  "Oost",
  "West",
  "Station",
  "Kouter",
  "Molenwijk",
  "Kerkwijk",
  "Hof",
  "Heide",
  "Veld",
  "Meersen",
  "Akkers",
  "Dries",
  "Bos",
  "Kapel",
  "Vaart",
  "Beek",
  "Berg",
];
const STREETS = [
  "Kerkstraat",
  "Stationsstraat",
  "Molenstraat",
  "Schoolstraat",
  "Dorpsstraat",
  "Nieuwstraat",
  "Kapelstraat",
  "Beekstraat",
  "Veldstraat",
  "Lindenlaan",
  "Kastanjelaan",
  "Eikenlaan",
];

export function gridCity(c: City, rng: Random): MunicipalityDef {
  const side = GRID_SIDE;
  const hoods = side * side;
  const wijken: MunicipalityDef["wijken"][number][] = [];
  const borders: [string, string][] = [];
  const names: string[][] = [];
  // About 1.2 km between neighbourhood centres: the 3–10 km travel radius spans several of them.
  const dLat = 0.011;
  const dLon = 0.017;
  for (let r = 0; r < side; r++) {
    names.push([]);
    for (let q = 0; q < side && wijken.length < hoods; q++) {
      const idx = wijken.length;
      const name = `${c.name} ${QUARTER[idx % QUARTER.length]}${idx >= QUARTER.length ? ` ${Math.floor(idx / QUARTER.length) + 1}` : ""}`;
      names[r]!.push(name);
      const dist = Math.hypot(r - side / 2, q - side / 2);
      wijken.push({
        name,
        lat: Math.round((c.lat + (r - side / 2) * dLat) * 1e6) / 1e6,
        lon: Math.round((c.lon + (q - side / 2) * dLon) * 1e6) / 1e6,
        postalCodes: [c.postalCodes[idx % c.postalCodes.length]!],
        streets: rng.shuffle(STREETS.slice()).slice(0, 4),
        // Outer neighbourhoods have more gardens.
        gardenDemand: Math.round((0.4 + (dist / side) * 2.5) * 10) / 10,
      });
      if (q > 0) borders.push([names[r]![q - 1]!, name]);
      if (r > 0 && names[r - 1]![q]) borders.push([names[r - 1]![q]!, name]);
    }
  }
  return { name: c.name, nisCode: c.nisCode, postalCodes: c.postalCodes, wijken, borders };
}
