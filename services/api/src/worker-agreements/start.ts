import { pgError, PG } from "@wijkwerk/db";
import { brusselsDateOf, formatDutchDate, maxAgreementEndDate, PWA_REFERENCE_DATE, trajectoryFor, validateAgreement } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, validationError } from "../errors/problem.ts";
import { loadSettings } from "../settings-store.ts";
import { findWorker } from "../workers/read.ts";
import * as repo from "./repository.ts";
import type { AgreementBodyT } from "./schemas.ts";
import { agreementOut } from "./views.ts";

function overlaps(start?: string, end?: string | null): AppError {
  return new AppError(
    "agreement.overlaps",
    start
      ? `Er loopt al een wijk-werkovereenkomst vanaf ${start}${end ? ` tot ${end}` : " zonder einddatum"}. Een nieuwe overeenkomst mag daar niet mee overlappen.`
      : "Er loopt al een wijk-werkovereenkomst in deze periode.",
  );
}

/**
 * Starts a wijk-werkovereenkomst (RULES §1: at most the tenant's months, the PWA exemption with
 * its date, a re-referral within or right after a trajectory). The worker row lock queues parallel
 * requests for one worker, so the second sees the first's agreement.
 */
export async function startAgreement(ctx: TenantContext, workerId: string, body: AgreementBodyT) {
  const { startDate, endDate, legacyPwa = false, pwaAgreementDate, reReferral } = body;
  // RULES §1 (S4, S8): the exemption is for whoever had a PWA agreement on 30-09-2017; its date is recorded.
  if (legacyPwa && !pwaAgreementDate)
    throw new AppError(
      "agreement.pwa_date_required",
      "Zonder einddatum kan alleen wie op 30-09-2017 een PWA-overeenkomst had: noteer de begindatum van die PWA-overeenkomst.",
      { errors: [{ path: "pwaAgreementDate", message: "Vul de begindatum van de PWA-overeenkomst in." }] },
    );
  if (legacyPwa && pwaAgreementDate && pwaAgreementDate > PWA_REFERENCE_DATE)
    throw validationError([{ path: "pwaAgreementDate", message: "De PWA-overeenkomst moest op 30-09-2017 al lopen: kies een datum tot en met 30-09-2017." }]);
  if (reReferral && reReferral.date > brusselsDateOf(new Date()))
    throw validationError([{ path: "reReferral.date", message: "De datum van de doorverwijzing ligt in de toekomst." }]);
  try {
    const worker = await findWorker(ctx.tx, workerId, "no key update");
    const settings = await loadSettings(ctx.tx, ctx.tenantId);
    const checked = validateAgreement({ startDate, endDate: endDate ?? null, legacyPwa, maxMonths: settings.agreementMaxMonths });
    if (!checked.ok) {
      const v = checked.violations[0]!;
      if (v.code === "agreement.too_long") {
        const last = maxAgreementEndDate(startDate, settings.agreementMaxMonths);
        throw new AppError(
          "agreement.too_long",
          `Een wijk-werkovereenkomst duurt hoogstens ${settings.agreementMaxMonths} maanden: de laatste dag is ${last}.`,
          {
            errors: [{ path: "endDate", message: `Kies een einddatum tot en met ${last}.` }],
          },
        );
      }
      if (v.code === "agreement.end_before_start") throw validationError([{ path: "endDate", message: "De einddatum ligt voor de begindatum." }]);
      throw validationError([{ path: v.path, message: "Geen geldige datum." }]);
    }
    const clash = await repo.overlapping(ctx.tx, worker.id, checked.startDate, checked.endDate);
    if (clash) throw overlaps(clash.startDate, clash.endDate);
    // RULES §1 (S32, S12): another agreement within or right after a trajectory needs the referrer's new referral.
    const past = await repo.agreementsOf(ctx.tx, worker.id);
    const trajectory = trajectoryFor(
      past.map((p) => ({ startDate: p.startDate, endDate: p.endDate, reReferral: p.reReferralDate !== null })),
      checked.startDate,
      settings.agreementMaxMonths,
    );
    // Whoever is exempt from the 12 months (PWA on 30-09-2017) has no trajectory to end.
    if (trajectory.reReferralNeeded && !reReferral && !legacyPwa) {
      throw new AppError(
        "agreement.re_referral_required",
        `Deze overeenkomst volgt op het traject dat begon op ${formatDutchDate(trajectory.trajectoryStart!)}. Een nieuwe overeenkomst is dan een hertoeleiding: noteer de nieuwe doorverwijzing van de VDAB of het OCMW (datum en door wie).`,
        { trajectoryStart: trajectory.trajectoryStart, errors: [{ path: "reReferral", message: "Noteer de nieuwe doorverwijzing: datum en door wie." }] },
      );
    }
    const row = await repo.insertAgreement(ctx.tx, ctx.tenantId, {
      workerId: worker.id,
      startDate: checked.startDate,
      endDate: checked.endDate,
      legacyPwa,
      pwaAgreementDate: legacyPwa ? (pwaAgreementDate ?? null) : null,
      reReferralDate: reReferral?.date ?? null,
      reReferredBy: reReferral?.referrer ?? null,
    });
    const created = agreementOut(row);
    await ctx.audit({ entity: "worker_agreement", entityId: created.id, action: "create", after: created });
    return created;
  } catch (err) {
    // Belt and braces: the exclusion constraint answers the same when two requests slip past the check.
    if (pgError(err)?.code === PG.exclusionViolation) throw overlaps();
    throw err;
  }
}
