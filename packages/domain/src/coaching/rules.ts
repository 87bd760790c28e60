import { COACHING_LANGUAGE_LEVELS, type CoachingLanguage, type CoachingSettings } from "./types.ts";

/** A field error (API.md errors: [{ path, message }], dotted path, Dutch message) with a stable code. */
export interface CoachingFieldError {
  path: string;
  code: string;
  message: string;
}

/** Months after an agreement's start that may be a moment: within the longest legal agreement and a bit. */
export const MAX_EVALUATION_MONTH = 24;

/** Issue 19: the evaluation setting is 0–12 whole months between 1 and 24, and 0–365 days before the end. */
export function validateCoachingSettings(s: CoachingSettings): CoachingFieldError[] {
  const errors: CoachingFieldError[] = [];
  if (s.evaluationMonths.length > 12) errors.push({ path: "evaluationMonths", code: "coaching.settings_invalid", message: "Hoogstens 12 momenten." });
  s.evaluationMonths.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 1 || m > MAX_EVALUATION_MONTH)
      errors.push({ path: `evaluationMonths.${i}`, code: "coaching.settings_invalid", message: `Een aantal maanden van 1 tot ${MAX_EVALUATION_MONTH}.` });
  });
  if (new Set(s.evaluationMonths).size !== s.evaluationMonths.length)
    errors.push({ path: "evaluationMonths", code: "coaching.settings_invalid", message: "Elke maand maar één keer." });
  const d = s.evaluationBeforeEndDays;
  if (!Number.isInteger(d) || d < 0 || d > 365)
    errors.push({ path: "evaluationBeforeEndDays", code: "coaching.settings_invalid", message: "Van 0 tot 365 dagen." });
  return errors;
}

/** Issue 19: the intake's languages: an ISO 639-1 code each, once, with a CEFR level or "native". */
export function validateLanguages(languages: CoachingLanguage[]): CoachingFieldError[] {
  const errors: CoachingFieldError[] = [];
  const seen = new Set<string>();
  languages.forEach((l, i) => {
    if (!/^[a-z]{2}$/.test(l.language))
      errors.push({ path: `languages.${i}.language`, code: "coaching.language_invalid", message: "Een taalcode van twee letters, bijvoorbeeld nl of ar." });
    if (!(COACHING_LANGUAGE_LEVELS as readonly string[]).includes(l.level))
      errors.push({ path: `languages.${i}.level`, code: "coaching.language_invalid", message: `Kies een niveau: ${COACHING_LANGUAGE_LEVELS.join(", ")}.` });
    if (seen.has(l.language)) errors.push({ path: `languages.${i}.language`, code: "coaching.language_invalid", message: "Elke taal maar één keer." });
    seen.add(l.language);
  });
  return errors;
}

/** Who may read and write a worker's coaching record (issue 19). */
export type CoachingAccess = "allowed" | "not_your_worker" | "forbidden";

/**
 * Issue 19 rule "access": the worker's own consultant and admins; another consultant is refused
 * (also when the worker has no consultant yet); every other role is forbidden.
 */
export function coachingAccess(actor: { role: string; staffId: string | null }, worker: { consultantId: string | null }): CoachingAccess {
  if (actor.role === "admin") return "allowed";
  if (actor.role !== "consultant") return "forbidden";
  return worker.consultantId !== null && worker.consultantId === actor.staffId ? "allowed" : "not_your_worker";
}

/** Issue 19: an exit falls on or after the agreement's start, and not after its end. */
export function exitDateProblem(exitDate: string, agreement: { startDate: string; endDate: string | null }): string | null {
  if (exitDate < agreement.startDate) return "coaching.exit_before_agreement";
  if (agreement.endDate !== null && exitDate > agreement.endDate) return "coaching.exit_after_agreement";
  return null;
}
