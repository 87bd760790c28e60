import type { Monday } from "./monday.ts";
import type { ProposalPlan } from "./proposals.ts";

export type Req = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

/** A route of the mix: its share of the connections and how to make its next request. */
export interface Route {
  name: string;
  share: number;
  next: () => Req;
}

export interface MixInput {
  monday: Monday;
  proposals: ProposalPlan;
  openJobs: { id: string; tenant: string }[];
  clients: { id: string; tenant: string }[];
  workers: { id: string; tenant: string; q: string }[];
  /** A consultant's token of any organisation (the trivial GET's). */
  anyConsultant: string;
  consultantOf: (tenant: string) => string;
  as: (role: "worker" | "client", tenant: string, id: string) => string;
}

/** A distinct client address per answering worker (TRUST_PROXY believes loopback's X-Forwarded-For, as behind the load balancer). */
const phoneAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

const cycle = <T>(xs: readonly T[]) => {
  let i = 0;
  return () => xs[i++ % xs.length]!;
};

/**
 * A Monday morning: consultants search, look at matches and propose; workers answer proposals,
 * look at their week and enter yesterday's hours; clients read their wallet and confirm hours.
 * The write routes take prepared work one item at a time; once it is used up (the soak) they read
 * what their people would read instead, so the load goes on without made-up refusals.
 */
export function mondayMix(m: MixInput): { routes: Route[]; used: () => { entered: number; confirmed: number; proposed: number; answered: number } } {
  const { monday, proposals } = m;
  const json = { "content-type": "application/json" };
  const job = cycle(m.openJobs);
  const client = cycle(m.clients);
  const worker = cycle(m.workers);
  let v = 0;
  let s = 0;
  let p = 0;
  let a = 0;
  const routes: Route[] = [
    { name: "GET /v1/settings (trivial)", share: 1, next: () => ({ method: "GET", path: "/v1/settings", headers: { authorization: m.anyConsultant } }) },
    {
      name: "GET /v1/workers?q= (search)",
      share: 1,
      next: () => {
        const w = worker();
        return { method: "GET", path: `/v1/workers?q=${encodeURIComponent(w.q)}&limit=20`, headers: { authorization: m.consultantOf(w.tenant) } };
      },
    },
    {
      name: "GET /v1/jobs/{id}/matches",
      share: 2,
      next: () => {
        const j = job();
        return { method: "GET", path: `/v1/jobs/${j.id}/matches?limit=10`, headers: { authorization: m.consultantOf(j.tenant) } };
      },
    },
    {
      name: "POST /v1/jobs/{id}/assignments (proposal)",
      share: 1,
      next: () => {
        const x = proposals.pairs[p++];
        if (!x) {
          const j = job();
          return { method: "GET", path: `/v1/jobs/${j.id}/matches?limit=10`, headers: { authorization: m.consultantOf(j.tenant) } };
        }
        const body = JSON.stringify({ workerId: x.worker, startsAt: x.startsAt, endsAt: x.endsAt });
        return { method: "POST", path: `/v1/jobs/${x.job}/assignments`, headers: { ...json, authorization: m.consultantOf(x.tenant) }, body };
      },
    },
    {
      name: "POST /v1/assignments/{id}/respond (worker)",
      share: 1,
      next: () => {
        const x = proposals.toAnswer[a++];
        if (!x) {
          const w = worker();
          return { method: "GET", path: "/v1/assignments?limit=100", headers: { authorization: m.as("worker", w.tenant, w.id) } };
        }
        return {
          method: "POST",
          path: `/v1/assignments/${x.id}/respond`,
          // The answer route is open to the SMS's signed links, so it is limited per address
          // (RATE_PUBLIC_PER_MINUTE): each worker answers from their own phone, not all from one.
          headers: { ...json, authorization: m.as("worker", x.tenant, x.worker), "x-forwarded-for": phoneAddress(a) },
          body: JSON.stringify({ response: x.response }),
        };
      },
    },
    {
      name: "GET /v1/clients/{id}/wallet",
      share: 1,
      next: () => {
        const c = client();
        return { method: "GET", path: `/v1/clients/${c.id}/wallet`, headers: { authorization: m.as("client", c.tenant, c.id) } };
      },
    },
    {
      name: "GET /v1/assignments (worker's week)",
      share: 1,
      next: () => {
        const w = worker();
        return { method: "GET", path: "/v1/assignments?limit=100", headers: { authorization: m.as("worker", w.tenant, w.id) } };
      },
    },
    {
      name: "POST /v1/time-entries (worker)",
      share: 2,
      next: () => {
        const x = monday.visits[v++];
        if (!x) {
          const w = worker();
          return { method: "GET", path: "/v1/time-entries?limit=20", headers: { authorization: m.as("worker", w.tenant, w.id) } };
        }
        return {
          method: "POST",
          path: "/v1/time-entries",
          headers: { ...json, authorization: m.as("worker", x.tenant, x.worker) },
          body: JSON.stringify({ assignmentId: x.id, date: monday.sat, minutes: 30, travelKm: 2.5 }),
        };
      },
    },
    {
      name: "POST /v1/time-entries/{id}/confirm (client)",
      share: 1,
      next: () => {
        const x = monday.submitted[s++];
        if (!x) {
          const c = client();
          return { method: "GET", path: "/v1/time-entries?status=submitted&limit=20", headers: { authorization: m.as("client", c.tenant, c.id) } };
        }
        return {
          method: "POST",
          path: `/v1/time-entries/${x.id}/confirm`,
          headers: { ...json, authorization: m.as("client", x.tenant, x.client) },
          body: "{}",
        };
      },
    },
  ];
  return {
    routes,
    used: () => ({
      entered: Math.min(v, monday.visits.length),
      confirmed: Math.min(s, monday.submitted.length),
      proposed: Math.min(p, proposals.pairs.length),
      answered: Math.min(a, proposals.toAnswer.length),
    }),
  };
}
