import { randomUUID } from "node:crypto";
import type { Config } from "@wijkwerk/config";
import { pgError, PG } from "@wijkwerk/db";
import {
  agreementEndWarning,
  brusselsDateOf,
  checkCaps,
  formatDutchDuration,
  formatDutchWindow,
  isoBrussels,
  liesWithinWindow,
  missingSkill,
} from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { visibleJob } from "../jobs/access.ts";
import { loadSettings } from "../settings-store.ts";
import { answerUrl, hashAnswerCode, newAnswerCode } from "../answer-links/code.ts";
import { signRespondToken } from "../work/respond-token.ts";
import { workerMinutes } from "../work/worker-minutes.ts";
import * as repo from "./repository.ts";
import { assignmentOut } from "./views.ts";

const CAP_TEXT: Record<string, string> = {
  "worker.near_monthly_cap": "deze maand",
  "worker.near_yearly_cap": "dit jaar",
};

export interface Proposal {
  workerId: string;
  startsAt: string;
  endsAt: string;
}

/** A warning that goes with a proposal: a stable code, a Dutch sentence, and the figures behind it. */
export type ProposalWarning = { code: string; detail: string } & Record<string, unknown>;

/** The planned minutes of a proposal: more than none, at most a day. */
export function proposalMinutes(p: Proposal): number {
  const minutes = Math.round((Date.parse(p.endsAt) - Date.parse(p.startsAt)) / 60_000);
  if (!(minutes > 0)) throw validationError([{ path: "endsAt", message: "Het einde moet na het begin liggen." }]);
  if (minutes > 24 * 60) throw validationError([{ path: "endsAt", message: "Een toewijzing duurt hoogstens één dag." }]);
  return minutes;
}

/**
 * Whether a worker may be proposed for an open job, under the worker's lock: within the job's
 * window, an active worker with a running agreement and the skill the activity needs, within the
 * caps (RULES §1), not elsewhere at that time. Throws the refusal; returns the warnings (near a
 * cap, agreement ending) that go with the proposal.
 */
export async function assess(ctx: TenantContext, jobId: string, p: Proposal, opts: { inloop?: boolean } = {}) {
  const { tx, tenantId, actor } = ctx;
  const minutes = proposalMinutes(p);
  const date = brusselsDateOf(p.startsAt);
  const worker = await repo.lockWorker(tx, p.workerId);
  if (!worker) throw notFound("Deze wijk-werker");
  const job = await visibleJob(tx, actor, jobId);
  // An inloopbeurt (issue 19) joins a visit that is already assigned: only done or cancelled jobs are refused.
  const joinable = opts.inloop ? job.status === "open" || job.status === "assigned" : job.status === "open";
  if (!joinable) throw new AppError("job.not_open", "Deze klus is al toegewezen, klaar of geannuleerd.");
  // The client asked for work in this window; a time outside it is a mistake, not a plan (422).
  const window = { from: isoBrussels(job.window_from), to: isoBrussels(job.window_to) };
  if (!liesWithinWindow({ startsAt: p.startsAt, endsAt: p.endsAt }, window)) {
    const text = formatDutchWindow(window.from, window.to);
    throw new AppError("assignment.outside_job_window", `De klus is gevraagd op ${text}. Kies een begin en een einde binnen dat tijdvak.`, {
      window,
      errors: [
        {
          path: Date.parse(p.startsAt) < Date.parse(window.from) || Date.parse(p.startsAt) >= Date.parse(window.to) ? "startsAt" : "endsAt",
          message: `Kies een tijd binnen ${text}.`,
        },
      ],
    });
  }
  if (worker.status !== "active") throw new AppError("worker.inactive", "Deze wijk-werker staat op niet actief.");
  const agreement = await repo.agreementOn(tx, p.workerId, date);
  if (!agreement) throw new AppError("worker.agreement_inactive", `De wijk-werker heeft geen wijk-werkovereenkomst die loopt op ${date}.`);
  const skills = await repo.skillsFor(tx, job.activity_code, p.workerId);
  const missing = missingSkill(skills.required, skills.held);
  if (missing) throw new AppError("worker.skill_missing", `Voor dit werk is de competentie "${missing}" nodig.`);

  const settings = await loadSettings(tx, tenantId);
  const held = await workerMinutes(tx, p.workerId, date);
  const month = held.month.worked + held.month.planned;
  const year = held.year.worked + held.year.planned;
  const caps = checkCaps({ usedMonthMinutes: month, usedYearMinutes: year, addMinutes: minutes, caps: settings });
  const violation = caps.violations[0];
  if (violation === "worker.monthly_cap_exceeded") {
    throw new AppError(
      violation,
      `Deze maand staan al ${formatDutchDuration(month)} gepland of gewerkt; met ${formatDutchDuration(minutes)} erbij is dat meer dan ${formatDutchDuration(settings.monthlyCapMinutes)}.`,
    );
  }
  if (violation === "worker.yearly_cap_exceeded") {
    throw new AppError(
      violation,
      `Dit jaar staan al ${formatDutchDuration(year)} gepland of gewerkt; met ${formatDutchDuration(minutes)} erbij is dat meer dan ${formatDutchDuration(settings.yearlyCapMinutes)}.`,
    );
  }
  if (await repo.overlaps(tx, p.workerId, p.startsAt, p.endsAt)) throw doubleBooked();

  const warnings: ProposalWarning[] = caps.warnings.map((w) => ({
    code: w.code,
    remainingMinutes: w.remainingMinutes,
    detail: `Daarna blijft er ${CAP_TEXT[w.code] ?? ""} nog ${formatDutchDuration(w.remainingMinutes)} over.`,
  }));
  const ending = agreementEndWarning(agreement.end_date, date);
  if (ending) warnings.push({ ...ending, detail: `De overeenkomst van de wijk-werker loopt af op ${ending.endDate} (nog ${ending.daysLeft} dagen).` });
  // A training is not a klus (it does not block), but the worker cannot be in two places.
  const training = await repo.trainingAt(tx, p.workerId, p.startsAt, p.endsAt);
  if (training)
    warnings.push({
      code: "worker.training_clash",
      detail: `Op dat moment volgt de wijk-werker de opleiding ${training.name} (${formatDutchWindow(isoBrussels(training.starts_at), isoBrussels(training.ends_at))}).`,
    });
  return { job, minutes, settings, warnings };
}

/**
 * Proposes a worker (see assess); the worker gets the short one-time answer link /j/<code> by SMS and
 * e-mail (issue 17). The long signed link stays in the payload for links sent before the short one.
 */
export async function propose(ctx: TenantContext, config: Pick<Config, "JWT_SECRET" | "PUBLIC_WEB_URL">, jobId: string, p: Proposal) {
  const { tx, tenantId, actor } = ctx;
  const { job, settings, warnings } = await assess(ctx, jobId, p);
  const id = randomUUID();
  const linkId = randomUUID();
  const expires = new Date(Date.now() + settings.proposalExpiryHours * 3600_000);
  // The short link /j/<code> of the SMS and the mail (issue 17); only its hash is stored.
  const code = newAnswerCode();
  const row = await repo
    .insertProposal(tx, {
      id,
      jobId: job.id,
      workerId: p.workerId,
      clientId: job.client_id,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      expiresAt: expires.toISOString(),
      warnings,
      by: actor.sub,
      linkId,
      codeHash: hashAnswerCode(code),
    })
    .catch((err: unknown) => {
      // Two proposals racing past the overlap check still meet the exclusion constraint.
      throw pgError(err)?.code === PG.exclusionViolation ? doubleBooked() : err;
    });
  const token = signRespondToken(config.JWT_SECRET, { tid: tenantId, aid: id, wid: p.workerId, jti: linkId, exp: Math.floor(expires.getTime() / 1000) });
  const respondUrl = `${config.PUBLIC_WEB_URL.replace(/\/$/, "")}/assignments/${id}/respond?token=${token}`;
  const shortUrl = answerUrl(config.PUBLIC_WEB_URL, code);
  await ctx.outbox({ topic: "events/assignment.proposed", payload: { assignmentId: id, workerId: p.workerId, jobId: job.id, respondUrl, shortUrl } });
  const result = assignmentOut(row);
  await ctx.audit({ entity: "assignment", entityId: id, action: "propose", after: result });
  return result;
}

const doubleBooked = () => new AppError("worker.double_booked", "De wijk-werker heeft op dat moment al een andere klus.");
