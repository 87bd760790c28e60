import { haversineKm, type GeoPoint } from "../matching/score.ts";
import { TRAVEL_MIN_ROUND_TRIP_TENTHS_KM, travelAllowanceCents } from "../money/travel.ts";
import type { IsoDate } from "../time/index.ts";

/**
 * Issue 17, "how to get there": the km a worker's travel allowance will count for an assignment
 * (RULES §2, S8, S10): the round trip home → client → home as the crow flies, in tenths of km,
 * and the allowance it gives (nothing for 10 km or less). The worker still enters the km driven;
 * this is what they can expect.
 */
export function expectedTravel(from: GeoPoint, to: GeoPoint, date: IsoDate): { roundTripKm: number; allowanceCents: number; counts: boolean } {
  const tenths = Math.round(haversineKm(from, to) * 2 * 10);
  return {
    roundTripKm: tenths / 10,
    allowanceCents: travelAllowanceCents({ roundTripTenthsKm: tenths, date }),
    counts: tenths > TRAVEL_MIN_ROUND_TRIP_TENTHS_KM,
  };
}

/**
 * The worker's hours form (issue 17): duration in hours and half hours, 0:30 up to the planned
 * length plus the tenant's tolerance (the same limit as timeEntryProblem), never minutes typed.
 */
export function halfHourChoices(plannedMinutes: number, toleranceMinutes: number): number[] {
  const max = plannedMinutes + toleranceMinutes;
  const out: number[] = [];
  for (let m = 30; m <= max; m += 30) out.push(m);
  return out;
}
