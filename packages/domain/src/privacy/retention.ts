import { addCalendarDays, addCalendarMonths, type IsoDate } from "../time/brussels.ts";

/**
 * Issue 20, "retention": how long each category of personal data is kept, and from which event
 * the period counts. Pure data and date arithmetic (Brussels calendar dates); the worker's daily
 * sweep (services/worker/src/processors/retention.ts) applies them. Sources and the reasoning are
 * in docs/PRIVACY.md; where a period is the organisation's choice the rule says so.
 */
export type RetentionCategory =
  | "worker_identity"
  | "client_identity"
  | "coaching_notes"
  | "one_time_codes"
  | "message_bodies"
  | "inbound_sms"
  | "idempotency_keys"
  | "staff_accounts"
  | "accounting_records"
  | "audit_log";

/** What the sweep does once the period is over. */
export type RetentionAction =
  /** the person is pseudonymised (erasure): identity, contact, address and numbers go, the books stay */
  | "erase_person"
  /** the rows are deleted */
  | "delete"
  /** the rows stay (they are counted in reports) but their personal text is emptied */
  | "blank"
  /** nothing is deleted by the sweep (kept pseudonymised, or kept for the stated period by hand) */
  | "keep";

export type CountsFrom =
  | "later_of_last_agreement_end_and_last_work"
  | "later_of_last_agreement_end_and_last_activity"
  | "end_of_trajectory"
  | "expiry"
  | "sent"
  | "received"
  | "end_of_accounting_year"
  | "written"
  | "created"
  | "deactivated";

export interface RetentionRule {
  category: RetentionCategory;
  action: RetentionAction;
  /** the period, in calendar months or days (exactly one of them) */
  months?: number;
  days?: number;
  countsFrom: CountsFrom;
  /** the legal source, or "organisation's choice" */
  source: string;
}

export const RETENTION_RULES: Readonly<Record<RetentionCategory, RetentionRule>> = {
  worker_identity: {
    category: "worker_identity",
    action: "erase_person",
    months: 60,
    countsFrom: "later_of_last_agreement_end_and_last_work",
    source: "social-security documents: 5 years (to be confirmed by the organisation's DPO)",
  },
  client_identity: {
    category: "client_identity",
    action: "erase_person",
    months: 24,
    countsFrom: "later_of_last_agreement_end_and_last_activity",
    source: "organisation's choice: a year for the last tax certificate and questions about it, plus a year",
  },
  coaching_notes: {
    category: "coaching_notes",
    action: "delete",
    months: 24,
    countsFrom: "end_of_trajectory",
    source: "organisation's choice (the follow-up 9 months after the exit falls well within it)",
  },
  one_time_codes: { category: "one_time_codes", action: "delete", days: 30, countsFrom: "expiry", source: "organisation's choice" },
  message_bodies: { category: "message_bodies", action: "blank", months: 12, countsFrom: "sent", source: "organisation's choice" },
  inbound_sms: { category: "inbound_sms", action: "delete", months: 12, countsFrom: "received", source: "organisation's choice" },
  /**
   * A stored request and its answer (plugins/idempotency.ts): the answer may hold personal data (a
   * new worker's record). A client retries within minutes or, after an outage, hours; 30 days also
   * covers a question about a double payment in the month after.
   */
  idempotency_keys: { category: "idempotency_keys", action: "delete", days: 30, countsFrom: "created", source: "organisation's choice" },
  /**
   * A deactivated staff account: its sessions, links, area and second factor are deleted and its
   * e-mail and password emptied a year after deactivation; the id and name stay, because the audit
   * log (kept as long as the books) names staff by id and must still say who did what.
   */
  staff_accounts: { category: "staff_accounts", action: "blank", months: 12, countsFrom: "deactivated", source: "organisation's choice" },
  accounting_records: {
    category: "accounting_records",
    action: "keep",
    months: 120,
    countsFrom: "end_of_accounting_year",
    source: "art. III.88 Wetboek van economisch recht: 10 years from the first day of the year after the close",
  },
  audit_log: { category: "audit_log", action: "keep", months: 120, countsFrom: "written", source: "organisation's choice (as long as the books)" },
};

/** The last day a record counted from `event` is kept under `rule`: the day after it, the sweep may act. */
export function retentionEndsOn(rule: RetentionRule, event: IsoDate): IsoDate {
  const start = rule.countsFrom === "end_of_accounting_year" ? `${event.slice(0, 4)}-12-31` : event;
  if (rule.months !== undefined) return addCalendarMonths(start, rule.months);
  if (rule.days !== undefined) return addCalendarDays(start, rule.days);
  throw new Error(`retention rule ${rule.category} has no period`);
}

/** Past its period on `today`: strictly after the last day it is kept. */
export function isPastRetention(rule: RetentionRule, event: IsoDate, today: IsoDate): boolean {
  return today > retentionEndsOn(rule, event);
}

/** The latest of the dates that are known (null = that event did not happen). */
export function latestDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of dates) if (d && (latest === null || d > latest)) latest = d;
  return latest;
}

/**
 * The day a worker's retention counts from: the later of the end of the last agreement and the
 * last day worked; a worker without either counts from the day they were registered. An agreement
 * without end (ex-PWA) or one still running gives no date yet: such a worker is never due.
 */
export function workerRetentionEvent(p: { agreementEnds: (IsoDate | null)[]; lastWorkDate: IsoDate | null; registeredOn: IsoDate }): IsoDate | null {
  if (p.agreementEnds.some((e) => e === null)) return null;
  return latestDate(...p.agreementEnds, p.lastWorkDate) ?? p.registeredOn;
}

/** The day a client's retention counts from: the later of the last agreement's end and the last activity (work, order, payment). */
export function clientRetentionEvent(p: { agreementEnds: IsoDate[]; lastActivityOn: IsoDate | null; registeredOn: IsoDate }): IsoDate {
  return latestDate(...p.agreementEnds, p.lastActivityOn) ?? p.registeredOn;
}

/**
 * The sweep's cut-off on `today`: records whose event falls before this date are past their
 * period (event + period < today). One date per rule, so the sweep can select with one comparison.
 */
export function retentionCutoff(rule: RetentionRule, today: IsoDate): IsoDate {
  if (rule.months !== undefined) return addCalendarMonths(today, -rule.months);
  if (rule.days !== undefined) return addCalendarDays(today, -rule.days);
  throw new Error(`retention rule ${rule.category} has no period`);
}
