import type { Random } from "../random.ts";
import type { HoodDef } from "./options.ts";

/** Where people live: a neighbourhood (garden neighbourhoods weigh more for work in gardens), a point near its centre. */

export function weightedHood(rng: Random, hoods: readonly HoodDef[], gardens: boolean): HoodDef {
  return rng.weighted(hoods.map((h) => [h, gardens ? h.gardenDemand : 1] as const));
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
