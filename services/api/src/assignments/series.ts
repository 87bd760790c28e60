import type { Config } from "@wijkwerk/config";
import { formatDutchDate, brusselsDateOf, isoBrussels } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, validationError } from "../errors/problem.ts";
import { visibleJob } from "../jobs/access.ts";
import { occurrencesOf } from "../jobs/repository.ts";
import { clientWarnings } from "./check.ts";
import { propose, proposalMinutes, type Proposal, type ProposalWarning } from "./propose.ts";

type Config_ = Pick<Config, "JWT_SECRET" | "PUBLIC_WEB_URL">;
/** One date of a series with the proposal's time on it. */
type Dated = { jobId: string; startsAt: string; endsAt: string };
export type SeriesItem = Dated & { refusal: { code: string; detail: string } | null; warnings: ProposalWarning[] };

/**
 * Issue 16, "propose a worker for a whole series": the time chosen on the series' first klus, moved
 * onto each open date (the same minutes after its window opens, the same length). `only` narrows to
 * the dates the consultant kept.
 */
async function seriesDates(ctx: TenantContext, headId: string, p: Proposal, only?: readonly string[]) {
  const head = await visibleJob(ctx.tx, ctx.actor, headId);
  if (head.recurrence_rrule === null || head.parent_job_id !== null)
    throw new AppError("job.not_series", "Deze klus is niet de eerste van een reeks. Stel de wijk-werker voor vanaf de eerste klus van de reeks.");
  const length = proposalMinutes(p) * 60_000;
  const offset = Date.parse(p.startsAt) - Date.parse(isoBrussels(head.window_from));
  const all = [head, ...(await occurrencesOf(ctx.tx, head.id))];
  if (only?.some((id) => !all.some((j) => j.id === id))) throw validationError([{ path: "jobIds", message: "Kies alleen keren van deze reeks." }]);
  const open = all.filter((j) => j.status === "open" && (!only || only.includes(j.id)));
  if (open.length === 0) throw new AppError("job.not_open", "Er staat geen keer van deze reeks meer open.");
  const dates = open.map((j): Dated => {
    const start = Date.parse(isoBrussels(j.window_from)) + offset;
    return { jobId: j.id, startsAt: isoBrussels(new Date(start)), endsAt: isoBrussels(new Date(start + length)) };
  });
  return { head, dates };
}

/**
 * Proposes on each date in turn, each in a savepoint of its own: a date's caps and clashes count the
 * dates before it, and a refused date leaves nothing behind.
 */
async function eachDate(ctx: TenantContext, config: Config_, workerId: string, dates: readonly Dated[]) {
  const items: (SeriesItem & { assignment?: Awaited<ReturnType<typeof propose>> })[] = [];
  for (const d of dates) {
    try {
      const a = await ctx.tx.transaction((sp) => propose({ ...ctx, tx: sp }, config, d.jobId, { workerId, startsAt: d.startsAt, endsAt: d.endsAt }));
      items.push({ ...d, refusal: null, warnings: a.warnings as ProposalWarning[], assignment: a });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      items.push({ ...d, refusal: { code: err.code, detail: err.message }, warnings: [] });
    }
  }
  return items;
}

const visitsOf = (items: readonly SeriesItem[]) =>
  items.filter((i) => !i.refusal).map((i) => ({ startsAt: i.startsAt, minutes: Math.round((Date.parse(i.endsAt) - Date.parse(i.startsAt)) / 60_000) }));

/** Rolls the trial back; carries nothing. */
class Trial extends Error {}

/**
 * What proposing the worker for the whole series would meet, date by date, without writing anything:
 * the proposals are tried for real in a savepoint that is rolled back, with no message or audit row
 * collected. The client's side (cheques for all the dates, the fee) is said once for the series.
 */
export async function checkSeries(ctx: TenantContext, config: Config_, headId: string, p: Proposal) {
  const { head, dates } = await seriesDates(ctx, headId, p);
  const quiet: TenantContext = { ...ctx, audit: async () => {}, outbox: async () => {}, defer: () => {} };
  let items: SeriesItem[] = [];
  await ctx.tx
    .transaction(async (sp) => {
      items = (await eachDate({ ...quiet, tx: sp }, config, p.workerId, dates)).map(({ assignment: _, ...item }) => item);
      throw new Trial();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Trial)) throw err;
    });
  return { items, warnings: await clientWarnings(ctx, head.client_id, visitsOf(items)) };
}

/**
 * Proposes the worker for every open date of the series (or those in `jobIds`), all or none: when a
 * date is refused, nothing is written and 409 assignment.series_refused names each refused date. The
 * worker gets a message per date, each with its own one-time answer link.
 */
export async function proposeSeries(ctx: TenantContext, config: Config_, headId: string, p: Proposal & { jobIds?: string[] | undefined }) {
  const { dates } = await seriesDates(ctx, headId, p, p.jobIds);
  const items = await eachDate(ctx, config, p.workerId, dates);
  const refused = items.filter((i) => i.refusal);
  if (refused.length > 0) {
    const days = refused.map((i) => formatDutchDate(brusselsDateOf(i.startsAt))).join(", ");
    throw new AppError(
      "assignment.series_refused",
      `Niet voorgesteld: de wijk-werker kan niet komen op ${days}. Laat die keren weg of kies een andere wijk-werker.`,
      {
        refused: refused.map((i) => ({ jobId: i.jobId, startsAt: i.startsAt, code: i.refusal!.code, detail: i.refusal!.detail })),
      },
    );
  }
  return { items: items.map((i) => i.assignment!) };
}
