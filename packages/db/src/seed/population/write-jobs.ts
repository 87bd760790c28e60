import type postgres from "postgres";
import { copyRows, type Cell } from "../copy.ts";
import type { Random } from "../random.ts";
import { stampOf } from "./days.ts";
import { DESCRIPTION } from "./demand.ts";
import { idOf, type Client, type UnmatchedDemand, type WorkContext } from "./model.ts";

const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/**
 * The open jobs left for the consultant (drawn from `rng` now, before anything streams): what no
 * worker could take, plus new garden requests, most of all in the garden neighbourhoods where
 * trained gardeners are scarce.
 */
export function openJobRows(ctx: WorkContext, rng: Random, clients: readonly Client[], unmatched: UnmatchedDemand[], openJobs: number): Cell[][] {
  const { tenantId, todayDay, createdById, prefix } = ctx;
  const stamp = (day: number, minute: number) => stampOf(ctx.dates, day, minute);
  const jobs: Cell[][] = [];
  const gardenClients = clients.filter((c) => c.type === "private" && c.hood.gardenDemand >= 2);
  for (let k = unmatched.length; k < openJobs && gardenClients.length > 0; k++) {
    const client = rng.pick(gardenClients);
    unmatched.push({
      client,
      code: rng.weighted([
        ["garden.mowing", 4],
        ["garden.hedges", 3],
        ["garden.beds", 2],
        ["garden.leaves", 1],
      ] as const),
      minutes: rng.pick([120, 150, 180]),
    });
  }
  const open = rng
    .shuffle(unmatched.slice())
    .sort((a, b) => Number(b.code.startsWith("garden.")) * b.client.hood.gardenDemand - Number(a.code.startsWith("garden.")) * a.client.hood.gardenDemand);
  for (let i = 0; i < Math.min(openJobs, open.length); i++) {
    const u = open[i]!;
    const day = todayDay + rng.int(2, 21);
    if (!u.client.coveredOn(day + 6)) continue;
    const from = rng.pick([8, 9, 10, 13, 14]) * 60;
    jobs.push([
      tenantId,
      idOf(prefix.open, i),
      u.client.id,
      u.code,
      rng.pick(DESCRIPTION[u.code] ?? ["Hulp gevraagd."]),
      u.minutes,
      stamp(day, from),
      stamp(day + rng.int(0, 6), from + u.minutes + 120),
      u.client.hood.id,
      null,
      null,
      null,
      "open",
      "staff",
      createdById,
      stamp(todayDay - rng.int(0, 5), 11 * 60),
    ]);
  }
  return jobs;
}

// Jobs: a series per recurring relationship and one job per occurrence pointing to it (the
// shape recurring jobs have in the API); one-off work is a single job. The open jobs come last.
export function jobsLoad(ctx: WorkContext, openRows: readonly Cell[][]): (tx: postgres.TransactionSql) => Promise<void> {
  const { tenantId, rels, occ, prefix, dates, todayDay, historyStart, createdById } = ctx;
  const stamp = (day: number, minute: number) => stampOf(dates, day, minute);
  const jobCols = [
    "tenant_id",
    "id",
    "client_id",
    "activity_code",
    "description",
    "estimated_minutes",
    "window_from",
    "window_to",
    "neighbourhood_id",
    "recurrence_rrule",
    "recurrence_until",
    "parent_job_id",
    "status",
    "created_by_type",
    "created_by_id",
    "created_at",
  ];
  function* jobRows(): Generator<Cell[]> {
    for (let r = 0; r < rels.length; r++) {
      const rel = rels[r]!;
      if (rel.count === 0 || rel.oneOff) continue;
      const firstDay = occ.day(rel.firstOcc);
      const lastDay = occ.day(rel.firstOcc + rel.count - 1);
      const rrule = `FREQ=WEEKLY;INTERVAL=${rel.interval};BYDAY=${BYDAY[rel.weekday]}`;
      ctx.written.jobs++;
      yield [
        tenantId,
        idOf(prefix.parent, r),
        rel.client.id,
        rel.code,
        rel.description,
        rel.minutes,
        stamp(firstDay, rel.start),
        stamp(lastDay, rel.start + rel.minutes),
        rel.client.hood.id,
        rrule,
        dates.iso(lastDay),
        null,
        lastDay >= todayDay ? "assigned" : "done",
        "staff",
        createdById,
        stamp(Math.max(firstDay - 7, historyStart - 7), 10 * 60),
      ];
    }
    for (let i = 0; i < occ.length; i++) {
      const rel = rels[occ.rel(i)]!;
      const day = occ.day(i);
      ctx.written.jobs++;
      yield [
        tenantId,
        idOf(prefix.job, i),
        rel.client.id,
        rel.code,
        rel.description,
        rel.minutes,
        stamp(day, rel.start),
        stamp(day, rel.start + rel.minutes),
        rel.client.hood.id,
        null,
        null,
        rel.oneOff ? null : idOf(prefix.parent, occ.rel(i)),
        day >= todayDay ? "assigned" : "done",
        "staff",
        createdById,
        stamp(Math.max(day - 10, historyStart - 10), 10 * 60),
      ];
    }
    for (const row of openRows) {
      ctx.written.jobs++;
      yield row;
    }
  }
  return async (tx) => {
    await copyRows(tx, "jobs", jobCols, jobRows());
    ctx.log(`jobs written: ${ctx.written.jobs}`);
  };
}
