import type { Database } from "@wijkwerk/db";

/** A worker to propose for an open job, at the start of the job's window. */
export interface Pair {
  tenant: string;
  job: string;
  worker: string;
  startsAt: string;
  endsAt: string;
}

/** A live proposal made before the load, and the answer its worker gives in the load. */
export interface Proposal {
  id: string;
  tenant: string;
  worker: string;
  response: "accept" | "decline";
}

export interface ProposalPlan {
  /** Proposals the consultants make in the load. */
  pairs: Pair[];
  /** Proposals made before the load, answered by their workers in the load. */
  toAnswer: Proposal[];
  refusedInPreparation: Record<string, number>;
}

const PER_JOB_TO_ANSWER = 10;

/**
 * Monday's proposals, prepared through the API as a consultant would: the open jobs' matches
 * (GET /v1/jobs/{id}/matches) give the candidates; each worker is used once in all (so no proposal
 * ever double-books one). Half the jobs get PER_JOB_TO_ANSWER proposals now, to be answered in the
 * load: the best candidate accepts, the others decline (one accepting worker per job, so no
 * answer meets a job already taken). The other half's candidates are the load's own proposals.
 * Refusals met here (a cap, a double booking) are counted, not hidden: the load gets only pairs
 * that were not refused.
 */
export async function prepareProposals(owner: Database, url: string, consultantOf: (tenant: string) => string, concurrency = 8): Promise<ProposalPlan> {
  const jobs = await owner.sql<{ id: string; tenant: string; from: string; minutes: number }[]>`
    SELECT id, tenant_id AS tenant, window_from::text AS from, estimated_minutes AS minutes FROM jobs
     WHERE status = 'open' AND workers_needed = 1 AND window_from > now() + interval '1 day' ORDER BY tenant_id, id`;
  const used = new Set<string>();
  const pairs: Pair[] = [];
  const toAnswer: Proposal[] = [];
  const refusedInPreparation: Record<string, number> = {};
  const candidates = await inParallel(jobs, concurrency, async (j) => {
    const res = await fetch(`${url}/v1/jobs/${j.id}/matches?limit=30`, { headers: { authorization: consultantOf(j.tenant) } });
    if (!res.ok) throw new Error(`matches of ${j.id}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { items: { workerId: string }[] }).items.map((m) => m.workerId);
  });
  const toPropose: (Pair & { answer?: "accept" | "decline" })[] = [];
  jobs.forEach((j, i) => {
    const startsAt = new Date(j.from);
    const pair = (worker: string) => ({
      tenant: j.tenant,
      job: j.id,
      worker,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + j.minutes * 60_000).toISOString(),
    });
    const free = candidates[i]!.filter((w) => !used.has(w));
    const answered = i % 2 === 0;
    for (const [k, w] of free.entries()) {
      if (answered && k >= PER_JOB_TO_ANSWER) break;
      used.add(w);
      toPropose.push({ ...pair(w), ...(answered ? { answer: k === 0 ? "accept" : "decline" } : {}) });
    }
  });
  // Every pair is tried once now: the answered ones for real, the load's own with the check route
  // (nothing written), so the load proposes only what would be accepted on Monday morning.
  const outcomes = await inParallel(toPropose, concurrency, async (p) => {
    const path = p.answer ? `/v1/jobs/${p.job}/assignments` : `/v1/jobs/${p.job}/assignments/check`;
    const res = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { authorization: consultantOf(p.tenant), "content-type": "application/json" },
      body: JSON.stringify({ workerId: p.worker, startsAt: p.startsAt, endsAt: p.endsAt }),
    });
    const body = (await res.json()) as { id?: string; code?: string };
    if (res.status >= 500) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return res.ok ? { id: body.id } : { refused: body.code ?? String(res.status) };
  });
  toPropose.forEach((p, i) => {
    const o = outcomes[i]!;
    if ("refused" in o) refusedInPreparation[o.refused!] = (refusedInPreparation[o.refused!] ?? 0) + 1;
    else if (p.answer) toAnswer.push({ id: o.id!, tenant: p.tenant, worker: p.worker, response: p.answer });
    else pairs.push(p);
  });
  return { pairs, toAnswer, refusedInPreparation };
}

async function inParallel<T, R>(items: readonly T[], concurrency: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]!);
      }
    }),
  );
  return out;
}
