import type { ApiClient } from "./api.ts";

/**
 * Choosing a person without JavaScript (issue 16, "Find anyone, fast"): a search form over the
 * whole tenant (GET ?zoek=), the results as links that put the person's id in the page's query
 * string, then the page's own form carries that id. Nothing is truncated: a person registered a
 * minute ago is found by name, phone, e-mail or client number.
 */
export interface Picker {
  /** The query-string name that carries the chosen id (clientId, workerId). */
  param: string;
  label: string;
  q: string;
  chosen: PickedPerson | undefined;
  results: PickedPerson[] | undefined;
  /** Results beyond the first page: refine the search. */
  more: boolean;
  unavailable: boolean;
}

export interface PickedPerson {
  id: string;
  label: string;
  detail: string;
  /** The person's own page, one click away. */
  href: string;
}

const RESULTS = 20;

export async function pickClient(api: ApiClient, token: string, query: { clientId?: string | undefined; zoek?: string | undefined }): Promise<Picker> {
  const base = { param: "clientId", label: "Klant", q: (query.zoek ?? "").trim(), chosen: undefined, results: undefined, more: false, unavailable: false };
  if (query.clientId) {
    const r = await api.request("GET", "/v1/clients/{id}", { params: { id: query.clientId }, token });
    if (r.ok) return { ...base, chosen: clientPerson(r.data) };
    if (r.unavailable) return { ...base, unavailable: true };
  }
  if (base.q === "") return base;
  const r = await api.request("GET", "/v1/clients", { token, query: { q: base.q.slice(0, 100), limit: RESULTS } });
  if (!r.ok) return { ...base, unavailable: true };
  return { ...base, results: r.data.items.map(clientPerson), more: r.data.nextCursor !== null };
}

export async function pickWorker(api: ApiClient, token: string, query: { workerId?: string | undefined; zoek?: string | undefined }): Promise<Picker> {
  const base = { param: "workerId", label: "Wijk-werker", q: (query.zoek ?? "").trim(), chosen: undefined, results: undefined, more: false, unavailable: false };
  if (query.workerId) {
    const r = await api.request("GET", "/v1/workers/{id}", { params: { id: query.workerId }, token });
    if (r.ok) return { ...base, chosen: workerPerson(r.data) };
    if (r.unavailable) return { ...base, unavailable: true };
  }
  if (base.q === "") return base;
  const r = await api.request("GET", "/v1/workers", { token, query: { q: base.q.slice(0, 100), status: "active", limit: RESULTS } });
  if (!r.ok) return { ...base, unavailable: true };
  return { ...base, results: r.data.items.map(workerPerson), more: r.data.nextCursor !== null };
}

type ClientLike = { id: string; name: string; clientNumber: number; address: { street: string; number: string; postalCode: string }; contact: { phone: string | null } };
type WorkerLike = { id: string; firstName: string; lastName: string; phone: string; address: { street: string; number: string; postalCode: string } };

const clientPerson = (c: ClientLike): PickedPerson => ({
  id: c.id,
  label: `${c.name} (${c.clientNumber})`,
  detail: [`${c.address.street} ${c.address.number}, ${c.address.postalCode}`, c.contact.phone].filter(Boolean).join(" · "),
  href: `/klanten/${c.id}`,
});

const workerPerson = (w: WorkerLike): PickedPerson => ({
  id: w.id,
  label: `${w.firstName} ${w.lastName}`,
  detail: [`${w.address.street} ${w.address.number}, ${w.address.postalCode}`, w.phone].filter(Boolean).join(" · "),
  href: `/werkers/${w.id}`,
});
