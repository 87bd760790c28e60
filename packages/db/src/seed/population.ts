import { addCalendarMonths as addMonthsIso } from "@wijkwerk/domain";
import { makeClient } from "./population/clients.ts";
import { DateStrings, dayOf } from "./population/days.ts";
import { DURATION } from "./population/demand.ts";
import { matchWorker, pickActivity } from "./population/matching.ts";
import type { ActivityDef, Client, Relationship, Seen, UnmatchedDemand, WorkContext, Worker } from "./population/model.ts";
import { planOccurrences } from "./population/occurrences.ts";
import type { PopulationOptions, PopulationResult } from "./population/options.ts";
import { writeClients } from "./population/write-clients.ts";
import { assignmentsLoad, timeEntriesLoad } from "./population/write-hours.ts";
import { jobsLoad, openJobRows } from "./population/write-jobs.ts";
import { writeWorkers } from "./population/write-workers.ts";
import { makeWorker } from "./population/workers.ts";
import { Random } from "./random.ts";

export { dayOf, isoOf } from "./population/days.ts";
export type { HoodDef, PopulationOptions, PopulationResult } from "./population/options.ts";

/**
 * The people and the work of one tenant: workers, clients, their agreements, and a history of
 * recurring jobs with assignments and time entries. Shared by the Gent demo and the
 * Flanders-scale generator. Every legal limit is respected by construction (RULES §1: agreements
 * of at most 12 months, 60 h per Brussels month, 630 h per year; no worker in two places at
 * once) and the database checks the rest while the rows stream in by COPY.
 */
export async function seedPopulation(o: PopulationOptions): Promise<PopulationResult> {
  const log = o.log ?? (() => {});
  const rng = new Random(o.seed);
  const { sql, tenantId } = o;
  const activities = new Map(
    (await sql<ActivityDef[]>`SELECT code, client_types AS "clientTypes", skill_name AS "skillName" FROM activities`).map((a) => [a.code, a]),
  );

  const todayDay = dayOf(o.today);
  const historyStart = dayOf(addMonthsIso(o.today, -o.months));
  const horizon = todayDay + 14;
  const dates = new DateStrings(historyStart - 800, horizon + 400);

  // Identity numbers are unique per tenant; phones and e-mail addresses too, so sign-in by code finds one person.
  const seen: Seen = { insz: new Set(), kbo: new Set(), contact: new Set() };
  const workers: Worker[] = [];
  for (let i = 0; i < o.workers; i++) workers.push(makeWorker(rng, o, seen, dates, todayDay, historyStart));
  const workersByHood = new Map<string, Worker[]>();
  for (const w of workers) {
    const list = workersByHood.get(w.hood.id) ?? [];
    list.push(w);
    workersByHood.set(w.hood.id, list);
  }
  log(`workers: ${workers.length}`);

  const clients: Client[] = [];
  for (let i = 0; i < o.clients; i++) clients.push(makeClient(rng, o, i, seen, todayDay, historyStart));
  log(`clients: ${clients.length}`);

  // Relationships: one client, one worker, one weekly slot, for as long as both may.
  const rels: Relationship[] = [];
  const unmatched: UnmatchedDemand[] = [];
  for (const client of clients) {
    const demands = client.type === "private" ? (rng.chance(o.demandShare ?? 0.72) ? 1 : 0) + (rng.chance(0.08) ? 1 : 0) : rng.int(1, 3);
    for (let d = 0; d < demands; d++) {
      const code = pickActivity(rng, client, activities);
      if (!code) continue;
      const minutes = rng.pick(DURATION[code] ?? [120, 120, 150, 180]);
      const rel = matchWorker(rng, client, code, minutes, workersByHood, o.adjacency, activities, o.skills, todayDay, horizon, historyStart);
      if (rel) rels.push(rel);
      else unmatched.push({ client, code, minutes });
    }
  }
  log(`relationships: ${rels.length}, unmatched demand: ${unmatched.length}`);

  // Occurrences, kept compact: millions fit in typed arrays.
  const occ = planOccurrences(rng, rels, dates, todayDay);
  log(`occurrences: ${occ.length}`);

  const prefix = {
    parent: rng.uuid().slice(0, 24),
    job: rng.uuid().slice(0, 24),
    asg: rng.uuid().slice(0, 24),
    te: rng.uuid().slice(0, 24),
    open: rng.uuid().slice(0, 24),
  };
  // The order of the writes is the order of the draws from `rng`: the same seed gives the same rows.
  await writeWorkers(o, rng, workers, dates, log);
  await writeClients(o, rng, clients, dates, todayDay, log);
  const ctx: WorkContext = {
    tenantId,
    createdById: o.createdById,
    todayDay,
    historyStart,
    dates,
    rels,
    occ,
    prefix,
    log,
    written: { jobs: 0, timeEntries: 0 },
  };
  const loads = [jobsLoad(ctx, openJobRows(ctx, rng, clients, unmatched, o.openJobs)), assignmentsLoad(ctx), timeEntriesLoad(ctx)];
  if (o.parallelLoad) await o.parallelLoad(loads);
  else for (const load of loads) await load(sql);
  return { workers: workers.length, clients: clients.length, jobs: ctx.written.jobs, assignments: occ.length, timeEntries: ctx.written.timeEntries };
}
