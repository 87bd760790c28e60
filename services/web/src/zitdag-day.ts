import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import type { ApiClient } from "./api.ts";
import { pickClient, pickWorker, searchClients, searchWorkers, type Found, type Results } from "./search.ts";
import { APPOINTMENT_STATUS, clock } from "./zitdag-labels.ts";

/**
 * The consultant's day at a zitdag (issue 16, acting on behalf): the slots and the walk-in queue
 * with each person's status and actions, a booking form fed by a search over clients and workers
 * (or a name and phone for someone not registered), and the walk-in form. Shared by the page and
 * by the form posts that show it again with their errors.
 */
export interface DayQuery {
  clientId?: string | undefined;
  workerId?: string | undefined;
  zoek?: string | undefined;
  /** The slot a "Boeken" link chose ("9.20", as the page writes times). */
  tijd?: string | undefined;
}

export interface DayExtra {
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  /** An action on one appointment that failed: its message is shown at that appointment. */
  failed?: { id: string; message: string };
  [k: string]: unknown;
}

export const today = () => brusselsDateOf(new Date());
export const dayPath = (id: string, date: string) => `/zitdagen/${encodeURIComponent(id)}/${date}`;

/** The first day from today on which the series is held (within three months), else today. */
export async function nextZitdag(api: ApiClient, token: string, id: string): Promise<string> {
  const from = today();
  const slots = await api.request("GET", "/v1/office-hours/{id}/slots", { params: { id }, token, query: { from, to: addCalendarDays(from, 91) } });
  const first = slots.ok ? slots.data.items[0] : undefined;
  return first ? brusselsDateOf(first.startsAt) : from;
}

type Appointment = {
  id: string;
  kind: string;
  status: string;
  clientId: string | null;
  workerId: string | null;
  personName?: string | null;
  name: string | null;
  phone: string | null;
  topic: string;
  queueNumber: number | null;
};

function row(a: Appointment, failed: DayExtra["failed"]) {
  const href = a.clientId ? `/klanten/${a.clientId}` : a.workerId ? `/werkers/${a.workerId}` : undefined;
  return {
    ...a,
    who: a.personName ?? a.name ?? "Onbekend",
    href,
    statusLabel: a.kind === "walk_in" && a.status === "planned" ? "Wacht" : (APPOINTMENT_STATUS[a.status] ?? a.status),
    planned: a.status === "planned",
    error: failed?.id === a.id ? failed.message : undefined,
  };
}

const none: Results = { items: [], more: false, unavailable: false };

/** Who the booking is for: the person chosen with the search, the search's results, or nobody yet. */
async function whoToBook(api: ApiClient, token: string, q: DayQuery) {
  const pick = q.clientId
    ? await pickClient(api, token, { clientId: q.clientId })
    : q.workerId
      ? await pickWorker(api, token, { workerId: q.workerId })
      : undefined;
  const chosen: (Found & { param: string; kind: string }) | undefined = pick?.chosen
    ? { ...pick.chosen, param: pick.param, kind: pick.param === "clientId" ? "klant" : "wijk-werker" }
    : undefined;
  const zoek = (q.zoek ?? "").trim();
  const [clients, workers] = !chosen && zoek ? await Promise.all([searchClients(api, token, zoek), searchWorkers(api, token, zoek)]) : [none, none];
  return { chosen, zoek, clients, workers, unavailable: Boolean(pick?.unavailable || clients.unavailable || workers.unavailable) };
}

export async function dayPage(api: ApiClient, token: string, id: string, date: string, q: DayQuery, extra: DayExtra = {}) {
  const [list, day, who] = await Promise.all([
    api.request("GET", "/v1/office-hours", { token, query: { limit: 100 } }),
    api.request("GET", "/v1/office-hours/{id}/day", { params: { id }, token, query: { date } }),
    whoToBook(api, token, q),
  ]);
  const base = dayPath(id, date);
  const whoParam = who.chosen ? `&${who.chosen.param}=${encodeURIComponent(who.chosen.id)}` : "";
  const now = Date.now();
  const d = day.ok ? day.data : undefined;
  const slots = (d?.slots ?? []).map((s) => {
    // "from"/"to", not "time": that name is the templates' time helper.
    const from = clock(s.startsAt);
    const bookable = !s.appointment && Date.parse(s.startsAt) > now;
    return {
      ...s,
      from,
      to: clock(s.endsAt),
      appointment: s.appointment && row(s.appointment, extra.failed),
      bookable,
      bookHref: `${base}?tijd=${from}${whoParam}#boeken`,
    };
  });
  const free = slots.filter((s) => s.bookable);
  const chosenSlot = free.find((s) => s.from === q.tijd)?.startsAt;
  return {
    title: d ? `Zitdag ${d.neighbourhood.name}` : "Zitdagen",
    series: (list.ok ? list.data.items : []).map((s) => ({ value: s.id, label: `${s.neighbourhoodName} – ${s.location} (${s.startTime}–${s.endTime})` })),
    selected: id,
    date,
    base,
    day: d,
    dayError: !day.ok ? (day.problem.detail ?? day.problem.title) : undefined,
    /** The day's failed call, for the route's sentFailure (sign-in again, no access) and status. */
    failure: day.ok ? undefined : day,
    unavailable: !list.ok && list.unavailable,
    slots,
    walkIns: (d?.walkIns ?? []).map((a) => row(a, extra.failed)),
    freeSlots: free.map((s) => ({ value: s.startsAt, label: `${s.from}–${s.to}` })),
    // The walk-in queue is for the day itself (or a coming one), not for a day that is over.
    walkInOpen: d !== undefined && d.slots.length > 0 && date >= today(),
    who,
    tijd: chosenSlot ? q.tijd : undefined,
    whoUnavailable: who.unavailable,
    ...extra,
    values: { startsAt: chosenSlot ?? "", ...extra.values },
  };
}
