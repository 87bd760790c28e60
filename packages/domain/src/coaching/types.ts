import type { IsoDate, IsoMonth } from "../time/index.ts";

/**
 * Issue 19, "wijk-werken +" (RULES §8): the words of a worker's coaching trajectory. The database
 * (0047/0048) checks the same lists; the API and web take them from here.
 */
export const COACHING_GOAL_KINDS = ["attitude", "competence", "skill"] as const;
export type CoachingGoalKind = (typeof COACHING_GOAL_KINDS)[number];

export const COACHING_GOAL_STATUSES = ["open", "in_progress", "reached"] as const;
export type CoachingGoalStatus = (typeof COACHING_GOAL_STATUSES)[number];

export const COACHING_EVALUATION_OUTCOMES = ["not_reached", "progressing", "reached"] as const;
export type CoachingEvaluationOutcome = (typeof COACHING_EVALUATION_OUTCOMES)[number];

/** Why a worker's trajectory ended (issue 19). */
export const COACHING_EXIT_REASONS = ["job_found", "training", "other_programme", "health", "stopped", "agreement_ended"] as const;
export type CoachingExitReason = (typeof COACHING_EXIT_REASONS)[number];

/** The worker's situation at the follow-up after the exit. */
export const COACHING_FOLLOW_UP_SITUATIONS = ["in_work", "training", "none", "unknown"] as const;
export type CoachingFollowUpSituation = (typeof COACHING_FOLLOW_UP_SITUATIONS)[number];

/** Who gave the follow-up answer: the consultant, or the worker by SMS. */
export const COACHING_FOLLOW_UP_SOURCES = ["consultant", "sms"] as const;
export type CoachingFollowUpSource = (typeof COACHING_FOLLOW_UP_SOURCES)[number];

/** Language levels of the intake: the CEFR levels, or the worker's mother tongue. */
export const COACHING_LANGUAGE_LEVELS = ["native", "A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CoachingLanguageLevel = (typeof COACHING_LANGUAGE_LEVELS)[number];

export interface CoachingLanguage {
  /** ISO 639-1 code, e.g. "nl", "ar". */
  language: string;
  level: CoachingLanguageLevel;
}

/** The tenant's evaluation moments (coaching_settings): months after the start, and days before the end. */
export interface CoachingSettings {
  evaluationMonths: number[];
  evaluationBeforeEndDays: number;
}

/** Issue 19 default: evaluate after 3, 6 and 9 months of the agreement, and 30 days before its end. */
export const DEFAULT_COACHING_SETTINGS: Readonly<CoachingSettings> = Object.freeze({
  evaluationMonths: [3, 6, 9],
  evaluationBeforeEndDays: 30,
});

/** The goal list a tenant starts with (issue 19); the tenant edits it afterwards. */
export const DEFAULT_COACHING_GOAL_TYPES: ReadonlyArray<{ name: string; kind: CoachingGoalKind }> = Object.freeze([
  { name: "Stiptheid", kind: "attitude" },
  { name: "Werken met klanten", kind: "competence" },
  { name: "Nederlands op het werk", kind: "competence" },
  { name: "Tuinonderhoud", kind: "skill" },
]);

/** 'months_N' (N months after the agreement's start), 'before_end', or 'extra' (an unplanned evaluation). */
export type EvaluationMomentKey = `months_${number}` | "before_end" | "extra";

/**
 * Feedback of the worker's clients shown with an evaluation (issue 19). Collected by the client
 * feedback feature (a question after each month of work); the coaching views show it to the
 * consultant only. Not filled by the coaching record itself.
 */
export interface EvaluationClientFeedback {
  clientId: string;
  month: IsoMonth;
  answeredOn: IsoDate;
}
