import type { ApiClient } from "./api.ts";
import { everyPage } from "./refdata.ts";

export interface Wijk {
  id: string;
  municipalityId: string;
  name: string;
  centroid: { lat: number; lon: number };
  adjacentIds: string[];
}

/** The tenant's municipalities and every wijk, for the admin pages (issue 16, Admin). */
export async function loadGeography(api: ApiClient, token: string) {
  const [m, n] = await Promise.all([
    everyPage((cursor) => api.request("GET", "/v1/municipalities", { token, query: { limit: 200, cursor } })),
    everyPage((cursor) => api.request("GET", "/v1/neighbourhoods", { token, query: { limit: 200, cursor } })),
  ]);
  const wijken = new Map(n.items.map((w) => [w.id, w as Wijk]));
  return {
    municipalities: m.items,
    wijken: n.items as Wijk[],
    unavailable: m.unavailable || n.unavailable,
    municipality: (id: string) => m.items.find((x) => x.id === id),
    wijkenOf: (municipalityId: string) => (n.items as Wijk[]).filter((w) => w.municipalityId === municipalityId),
    /** A neighbour's name; one in another municipality says which ("Merelbeke: Centrum"). */
    neighbourName(id: string, from: string): string {
      const w = wijken.get(id);
      if (!w) return "onbekende wijk";
      if (w.municipalityId === from) return w.name;
      return `${m.items.find((x) => x.id === w.municipalityId)?.name ?? "?"}: ${w.name}`;
    },
  };
}

export type Geography = Awaited<ReturnType<typeof loadGeography>>;

/** A wijk as a page lists it: its neighbours by name. */
export function wijkView(g: Geography, w: Wijk) {
  return { ...w, neighbours: w.adjacentIds.map((id) => g.neighbourName(id, w.municipalityId)).sort((a, b) => a.localeCompare(b, "nl")) };
}
