import type { IsoDate } from "../time/index.ts";

/**
 * Issue 19, "the referrer's report": the report to VDAB or OCMW holds only what the worker
 * consented to share, per category. Without consent for a category on the report's day, that part
 * is left out and the report says so.
 */
export const CONSENT_CATEGORIES = ["hours", "activities", "trainings", "goals", "client_feedback"] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export function isConsentCategory(value: unknown): value is ConsentCategory {
  return typeof value === "string" && (CONSENT_CATEGORIES as readonly string[]).includes(value);
}

export interface ConsentRecord {
  category: ConsentCategory;
  givenOn: IsoDate;
  /** The day it was withdrawn; from that day on it no longer counts. */
  withdrawnOn: IsoDate | null;
}

/** Whether a record counts on `day`: given on or before it and not withdrawn on or before it. */
export function consentHolds(r: ConsentRecord, day: IsoDate): boolean {
  return r.givenOn <= day && (r.withdrawnOn === null || r.withdrawnOn > day);
}

/** The categories the worker consented to share on `day`. */
export function consentedCategories(records: readonly ConsentRecord[], day: IsoDate): Set<ConsentCategory> {
  return new Set(records.filter((r) => consentHolds(r, day)).map((r) => r.category));
}

/** A report section: its content when consented, else `{ included: false }` so the report can say it was left out. */
export type Section<T> = { included: true; content: T } | { included: false; content: null };

/**
 * The consent filter: each category's content only with consent on `day`. Content of a category
 * without consent is dropped here, before any rendering, so no format (PDF, CSV, JSON) can leak it.
 */
export function filterByConsent<T extends Partial<Record<ConsentCategory, unknown>>>(
  content: T,
  records: readonly ConsentRecord[],
  day: IsoDate,
): { [K in keyof T]: Section<T[K]> } {
  const consented = consentedCategories(records, day);
  const out = {} as { [K in keyof T]: Section<T[K]> };
  for (const key of Object.keys(content) as (keyof T & string)[]) {
    out[key] = (isConsentCategory(key) && consented.has(key) ? { included: true, content: content[key] } : { included: false, content: null }) as Section<
      T[typeof key]
    >;
  }
  return out;
}
