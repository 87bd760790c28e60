import type { ApiClient } from "./api.ts";

/**
 * Finding people and jobs without JavaScript (issue 16, "Find anyone, fast"). A picker is a
 * search form (GET ?zoek=) whose results are links that put the person's id in the page's query
 * string; the page's own form then carries that id. Every search runs over the whole tenant in
 * the API (name, phone, e-mail, client number), so a person registered a minute ago is found.
 */
export interface Found {
  id: string;
  label: string;
  detail: string;
  /** The person's or job's own page, one click away. */
  href: string;
}

export interface Results {
  items: Found[];
  /** More than shown: refine the search. */
  more: boolean;
  unavailable: boolean;
}

export interface Picker extends Partial<Results> {
  /** The query-string name that carries the chosen id (clientId, workerId). */
  param: string;
  label: string;
  q: string;
  chosen: Found | undefined;
}

const LIMIT = 20;

type ClientLike = {
  id: string;
  name: string;
  clientNumber: number;
  address: { street: string; number: string; postalCode: string };
  contact: { phone: string | null };
};
type WorkerLike = { id: string; firstName: string; lastName: string; phone: string; address: { street: string; number: string; postalCode: string } };
type JobLike = { id: string; description: string; status: string; window: { from: string } };

const clientFound = (c: ClientLike): Found => ({
  id: c.id,
  label: `${c.name} (${c.clientNumber})`,
  detail: [`${c.address.street} ${c.address.number}, ${c.address.postalCode}`, c.contact.phone].filter(Boolean).join(" · "),
  href: `/klanten/${c.id}`,
});

const workerFound = (w: WorkerLike): Found => ({
  id: w.id,
  label: `${w.firstName} ${w.lastName}`,
  detail: [`${w.address.street} ${w.address.number}, ${w.address.postalCode}`, w.phone].join(" · "),
  href: `/werkers/${w.id}`,
});

const DAY = new Intl.DateTimeFormat("nl-BE", { timeZone: "Europe/Brussels", weekday: "short", day: "numeric", month: "long" });
const jobFound = (j: JobLike): Found => ({ id: j.id, label: j.description, detail: DAY.format(new Date(j.window.from)), href: `/klussen/${j.id}` });

const none: Results = { items: [], more: false, unavailable: false };

export async function searchClients(api: ApiClient, token: string, q: string): Promise<Results> {
  if (q === "") return none;
  const r = await api.request("GET", "/v1/clients", { token, query: { q: q.slice(0, 100), limit: LIMIT } });
  return r.ok ? { items: r.data.items.map(clientFound), more: r.data.nextCursor !== null, unavailable: false } : { ...none, unavailable: true };
}

/** Workers matching `q`; `status: "active"` where someone is chosen to work or to train. */
export async function searchWorkers(api: ApiClient, token: string, q: string, status?: "active"): Promise<Results> {
  if (q === "") return none;
  const r = await api.request("GET", "/v1/workers", { token, query: { q: q.slice(0, 100), limit: LIMIT, ...(status ? { status } : {}) } });
  return r.ok ? { items: r.data.items.map(workerFound), more: r.data.nextCursor !== null, unavailable: false } : { ...none, unavailable: true };
}

export async function searchJobs(api: ApiClient, token: string, q: string): Promise<Results> {
  if (q === "") return none;
  const r = await api.request("GET", "/v1/jobs", { token, query: { q: q.slice(0, 100), limit: LIMIT } });
  return r.ok ? { items: r.data.items.map(jobFound), more: r.data.nextCursor !== null, unavailable: false } : { ...none, unavailable: true };
}

export async function pickClient(api: ApiClient, token: string, query: { clientId?: string | undefined; zoek?: string | undefined }): Promise<Picker> {
  const base = { param: "clientId", label: "Klant", q: (query.zoek ?? "").trim(), chosen: undefined };
  if (query.clientId) {
    const r = await api.request("GET", "/v1/clients/{id}", { params: { id: query.clientId }, token });
    if (r.ok) return { ...base, chosen: clientFound(r.data) };
    if (r.unavailable) return { ...base, unavailable: true };
  }
  return base.q === "" ? base : { ...base, ...(await searchClients(api, token, base.q)) };
}

/** Active workers only: the pickers choose someone to work or to train. */
export async function pickWorker(api: ApiClient, token: string, query: { workerId?: string | undefined; zoek?: string | undefined }): Promise<Picker> {
  const base = { param: "workerId", label: "Wijk-werker", q: (query.zoek ?? "").trim(), chosen: undefined };
  if (query.workerId) {
    const r = await api.request("GET", "/v1/workers/{id}", { params: { id: query.workerId }, token });
    if (r.ok) return { ...base, chosen: workerFound(r.data) };
    if (r.unavailable) return { ...base, unavailable: true };
  }
  return base.q === "" ? base : { ...base, ...(await searchWorkers(api, token, base.q, "active")) };
}
