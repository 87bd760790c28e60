import type { Static } from "@sinclair/typebox";
import { addCalendarMonths, workersWithinReachPerNeighbourhood } from "@wijkwerk/domain";
import type { DashboardOut } from "./schemas.ts";
import type { NeighbourhoodRow } from "./repository.ts";

type Out = Static<typeof DashboardOut>;

/** The 12 months up to and including `month` (YYYY-MM), oldest first. */
export function lastTwelveMonths(month: string): string[] {
  return Array.from({ length: 12 }, (_, i) => addCalendarMonths(`${month}-01`, i - 11).slice(0, 7));
}

/** Each of the 12 months next to the same month a year earlier, zero where nobody worked. */
export function hoursWithLastYear(month: string, minutes: Map<string, number>): Out["hoursPerMonthWithLastYear"] {
  return lastTwelveMonths(month).map((m) => {
    const lastYearMonth = addCalendarMonths(`${m}-01`, -12).slice(0, 7);
    return { month: m, minutes: minutes.get(m) ?? 0, lastYearMonth, lastYearMinutes: minutes.get(lastYearMonth) ?? 0 };
  });
}

/** The original sparse list: only months with hours, within the last 12. */
export function hoursPerMonth(month: string, minutes: Map<string, number>): Out["hoursPerMonth"] {
  return lastTwelveMonths(month)
    .filter((m) => minutes.has(m))
    .map((m) => ({ month: m, minutes: minutes.get(m)! }));
}

/** Every neighbourhood for the map: open klussen, and the available workers within reach (the domain's rule). */
export function neighbourhoodFigures(
  rows: readonly NeighbourhoodRow[],
  workers: readonly { neighbourhood_id: string; lat: number; lon: number; max_travel_km: number }[],
): Out["neighbourhoods"] {
  const reach = workersWithinReachPerNeighbourhood(
    rows.map((n) => ({ id: n.id, adjacentIds: n.adjacent_ids, centroid: { lat: Number(n.lat), lon: Number(n.lon) } })),
    workers.map((w) => ({ neighbourhoodId: w.neighbourhood_id, location: { lat: Number(w.lat), lon: Number(w.lon) }, maxTravelKm: Number(w.max_travel_km) })),
  );
  return rows.map((n) => ({
    neighbourhoodId: n.id,
    name: n.name,
    centroid: { lat: Number(n.lat), lon: Number(n.lon) },
    openJobs: Number(n.open_jobs),
    availableWorkers: reach.get(n.id) ?? 0,
  }));
}

/** The original list: neighbourhoods with open klussen, most first (ties keep the name order). */
export function openJobsPerNeighbourhood(figures: Out["neighbourhoods"]): Out["openJobsPerNeighbourhood"] {
  return figures
    .filter((n) => n.openJobs > 0)
    .sort((a, b) => b.openJobs - a.openJobs)
    .map((n) => ({ neighbourhoodId: n.neighbourhoodId, name: n.name, openJobs: n.openJobs }));
}
