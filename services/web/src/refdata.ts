import { activityName } from "@wijkwerk/notify";
import type { ApiClient, ApiResult } from "./api.ts";
import type { Lang } from "./i18n/index.ts";

export interface Option {
  value: string;
  label: string;
}

/**
 * Every item of a paged list. A list a page chooses from (an organiser of 24 municipalities has
 * more wijken than one page of 200) is read to the end, up to a bound well above any organiser.
 */
export async function everyPage<T>(
  fetch: (cursor: string | undefined) => Promise<ApiResult<{ items: T[]; nextCursor: string | null }>>,
  maxPages = 25,
): Promise<{ items: T[]; unavailable: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const r = await fetch(cursor);
    if (!r.ok) return { items, unavailable: true };
    items.push(...r.data.items);
    if (!r.data.nextCursor) break;
    cursor = r.data.nextCursor;
  }
  return { items, unavailable: false };
}

async function all<T>(request: Promise<ApiResult<{ items: T[] }>>): Promise<{ items: T[]; unavailable: boolean }> {
  const result = await request;
  return result.ok ? { items: result.data.items, unavailable: false } : { items: [], unavailable: true };
}

/** Municipalities and neighbourhoods as select options ("Gent – Brugse Poort"). */
export async function places(api: ApiClient, token: string) {
  const [m, n] = await Promise.all([
    all(api.request("GET", "/v1/municipalities", { token, query: { limit: 200 } })),
    all(api.request("GET", "/v1/neighbourhoods", { token, query: { limit: 200 } })),
  ]);
  const names = new Map(m.items.map((x) => [x.id, x.name]));
  return {
    municipalities: m.items.map((x): Option => ({ value: x.id, label: x.name })),
    neighbourhoods: n.items.map((x): Option => ({ value: x.id, label: `${names.get(x.municipalityId) ?? ""} – ${x.name}`.replace(/^ – /, "") })),
    neighbourhoodName: (id: string | undefined) => (id ? (n.items.find((x) => x.id === id)?.name ?? "") : ""),
    unavailable: m.unavailable || n.unavailable,
  };
}

/** The activities as options, named in the reader's language (staff read the Dutch names). */
export async function activities(api: ApiClient, token: string | undefined, lang: Lang = "nl") {
  const result = await api.request("GET", "/v1/activities", { token });
  if (!result.ok) return { options: [] as Option[], unavailable: true, items: [] };
  const items = result.data.items;
  const label = (a: { code: string; name: string }) => (lang === "nl" ? a.name : activityName(a.code, lang));
  return { options: items.map((a): Option => ({ value: a.code, label: label(a) })), unavailable: false, items };
}

export const LANGUAGE_OPTIONS: Option[] = [
  { value: "nl", label: "Nederlands" },
  { value: "fr", label: "Frans" },
  { value: "en", label: "Engels" },
];

export const CLIENT_TYPE_OPTIONS: Option[] = [
  { value: "private", label: "Particulier" },
  { value: "localGovernment", label: "Lokaal bestuur" },
  { value: "education", label: "School" },
  { value: "nonprofit", label: "Vzw" },
  { value: "agriculture", label: "Land- of tuinbouw" },
];

export const WEEKDAYS: Option[] = [
  { value: "1", label: "maandag" },
  { value: "2", label: "dinsdag" },
  { value: "3", label: "woensdag" },
  { value: "4", label: "donderdag" },
  { value: "5", label: "vrijdag" },
  { value: "6", label: "zaterdag" },
  { value: "7", label: "zondag" },
];
