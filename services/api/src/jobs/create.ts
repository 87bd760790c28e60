import { randomUUID } from "node:crypto";
import type { Static } from "@sinclair/typebox";
import type { Tx } from "@wijkwerk/db";
import {
  activityRefusal,
  brusselsDateOf,
  expandRecurrence,
  firstDateWithoutAgreement,
  formatDutchDate,
  isoBrussels,
  ScheduleError,
  validateRrule,
} from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { brusselsLocal } from "../work/time.ts";
import { assertAgreementFeeSettled, clientAgreements } from "../registries/agreement-fee.ts";
import * as repo from "./repository.ts";
import type { CreateBody } from "./schemas.ts";
import { teamOf } from "./team.ts";
import { jobOut } from "./views.ts";

/** A series never produces more than two years of weekly klussen in one go. */
export const MAX_OCCURRENCES = 104;

interface Series {
  from: string;
  to: string;
}

/** The windows of a job: one, or every occurrence of its recurrence (Brussels wall-clock, DST-safe). */
export function windowsOf(body: { window: Series; recurrence?: { rrule: string; until: string } | undefined }): Series[] {
  const { window, recurrence } = body;
  if (!recurrence) return [window];
  const check = validateRrule(recurrence.rrule);
  if (!check.ok) throw validationError([{ path: "recurrence.rrule", message: `Deze herhaling kunnen we niet lezen: ${check.reason}.` }]);
  const minutes = Math.round((Date.parse(window.to) - Date.parse(window.from)) / 60_000);
  if (recurrence.until < brusselsDateOf(window.from))
    throw validationError([{ path: "recurrence.until", message: "De einddatum van de herhaling ligt vóór de eerste klus." }]);
  try {
    const occurrences = expandRecurrence({
      rrule: recurrence.rrule,
      startLocal: brusselsLocal(window.from),
      durationMinutes: minutes,
      until: recurrence.until,
      maxOccurrences: MAX_OCCURRENCES,
    });
    if (occurrences.length === 0) throw validationError([{ path: "recurrence.rrule", message: "Deze herhaling geeft geen enkele datum." }]);
    return occurrences.map((o) => ({ from: o.startsAt, to: o.endsAt }));
  } catch (err) {
    if (err instanceof ScheduleError && err.code === "schedule.too_many") {
      throw new AppError("job.too_many_occurrences", `Een herhaling mag hoogstens ${MAX_OCCURRENCES} klussen geven. Kies een vroegere einddatum.`, {
        errors: [{ path: "recurrence.until", message: `Hoogstens ${MAX_OCCURRENCES} klussen.` }],
      });
    }
    if (err instanceof ScheduleError) throw validationError([{ path: "recurrence", message: `Deze herhaling kunnen we niet gebruiken: ${err.message}.` }]);
    throw err;
  }
}

/** The Brussels days a window touches: its start day and, for work past midnight, the day it ends. */
function daysOf(w: Series): string[] {
  return [brusselsDateOf(w.from), brusselsDateOf(new Date(Date.parse(w.to) - 1))];
}

/**
 * RULES §3: every occurrence lies within a client agreement (renewals may follow each other). A
 * series that runs past the agreement is refused as a whole, not cut short: the consultant or the
 * client asked for those weeks, and quietly leaving some out would look planned when it is not.
 * The answer names the first date without an agreement and the last date that would fit, so they
 * can renew the agreement first (a renewal may start in advance) or choose an earlier end date.
 */
async function assertAgreementCovers(tx: Tx, clientId: string, windows: readonly Series[], recurring: boolean): Promise<void> {
  const agreements = await clientAgreements(tx, clientId);
  const gap = firstDateWithoutAgreement(windows.flatMap(daysOf), agreements);
  if (!gap) return;
  const day = formatDutchDate(gap.date);
  // Every day before the first gap is covered: the last occurrence wholly before it still fits.
  const fits = windows.filter((w) => daysOf(w).every((d) => d < gap.date)).at(-1);
  if (!recurring || !fits) {
    throw new AppError("client.no_active_agreement", `De klant heeft geen gebruikersovereenkomst die loopt op ${day}.`, {
      firstDateWithoutAgreement: gap.date,
    });
  }
  const lastFit = brusselsDateOf(fits.from);
  throw new AppError(
    "client.no_active_agreement",
    `De gebruikersovereenkomst van de klant loopt niet tot het einde van de herhaling: op ${day} is er geen overeenkomst. ` +
      `Verleng eerst de overeenkomst, of laat de herhaling ten laatste op ${formatDutchDate(lastFit)} eindigen. Er is nog niets gepland.`,
    {
      firstDateWithoutAgreement: gap.date,
      suggestedUntil: lastFit,
      errors: [{ path: "recurrence.until", message: `Op ${day} loopt er geen gebruikersovereenkomst. Kies ten laatste ${formatDutchDate(lastFit)}.` }],
    },
  );
}

/** The window as asked: it ends after it starts, lasts at most a day, and holds the estimated work. */
export function assertWindow(body: Static<typeof CreateBody>): void {
  const from = Date.parse(body.window.from);
  const to = Date.parse(body.window.to);
  if (!(to > from)) throw validationError([{ path: "window.to", message: "Het einde moet na het begin liggen." }]);
  if (to - from > 24 * 3600_000)
    throw validationError([{ path: "window.to", message: "Een klus duurt hoogstens één dag. Gebruik een herhaling voor meer dagen." }]);
  if (body.estimatedMinutes > (to - from) / 60_000)
    throw validationError([{ path: "estimatedMinutes", message: "De geschatte duur is langer dan het tijdvak." }]);
}

/** A job, or a whole series, for a client whose municipality allows the activity and whose agreement covers every day. */
export async function createJob(ctx: TenantContext, body: Static<typeof CreateBody>) {
  const windows = windowsOf(body);
  const client = await repo.clientForJob(ctx.tx, body.clientId, body.activityCode);
  if (!client) throw notFound("Deze klant");
  if (client.erased) throw new AppError("privacy.already_erased", "Deze gebruiker is gewist. U kan geen nieuwe klus voor hem of haar maken.");
  const refusal = activityRefusal({ exPwaOnly: client.ex_pwa_only }, { type: client.type, exPwaSince: client.ex_pwa_since }, client.permitted_types);
  if (refusal === "job.activity_ex_pwa_only") {
    throw new AppError(
      refusal,
      "Koken, wassen en grote schoonmaak kan alleen voor gezinnen uit de overgangsregeling van PWA (regels §6). Noteer bij de klant sinds wanneer, als dat zo is.",
      { errors: [{ path: "activityCode", message: "Alleen voor gezinnen uit de overgangsregeling van PWA." }] },
    );
  }
  if (refusal === "job.activity_not_allowed")
    throw new AppError(refusal, `De activiteit ${body.activityCode} is in deze gemeente niet toegelaten voor dit soort klant.`, {
      errors: [{ path: "activityCode", message: "Niet toegelaten voor deze klant." }],
    });
  const team = teamOf(body, client.type);
  await assertAgreementCovers(ctx.tx, client.id, windows, body.recurrence !== undefined);
  await assertAgreementFeeSettled(ctx.tx, ctx.tenantId, client.id, windows.flatMap(daysOf));
  const ids = windows.map(() => randomUUID());
  const headId = ids[0]!;
  const inserted = await repo.insertJobs(
    ctx.tx,
    {
      clientId: client.id,
      activityCode: body.activityCode,
      description: body.description,
      estimatedMinutes: body.estimatedMinutes,
      neighbourhoodId: client.neighbourhood_id,
      rrule: body.recurrence?.rrule ?? null,
      until: body.recurrence?.until ?? null,
      byType: ctx.actor.role,
      by: ctx.actor.sub,
      team,
    },
    windows.map((w, i) => ({ id: ids[i]!, from: w.from, to: w.to, parent: i === 0 ? null : headId })),
  );
  const byId = new Map(inserted.map((r) => [r.id, r]));
  const head = jobOut(byId.get(headId)!);
  const occurrences = ids.slice(1).map((id) => {
    const r = byId.get(id)!;
    return { id, window: { from: isoBrussels(r.window_from), to: isoBrussels(r.window_to) }, status: r.status };
  });
  await ctx.audit({ entity: "job", entityId: headId, action: "create", after: { ...head, occurrenceCount: occurrences.length } });
  return { ...head, occurrences };
}
