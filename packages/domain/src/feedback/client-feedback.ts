import { addCalendarDays, addCalendarMonths, type IsoDate, type IsoMonth } from "../time/index.ts";

/**
 * Issue 19, "client feedback": after each month in which a worker worked for a client, the client
 * gets one short question about it, answered in one tap with one of three choices.
 */
export const FEEDBACK_ANSWERS = ["good", "could_be_better", "not_good"] as const;
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];

export function isFeedbackAnswer(value: unknown): value is FeedbackAnswer {
  return typeof value === "string" && (FEEDBACK_ANSWERS as readonly string[]).includes(value);
}

/** How long a feedback link can be answered: 30 days after it was sent. */
export const FEEDBACK_LINK_DAYS = 30;

/** The month a feedback round asks about: the calendar month before `today` (Brussels). */
export function feedbackMonthOf(today: IsoDate): IsoMonth {
  return addCalendarMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

export interface FeedbackContact {
  phone: string | null;
  email: string | null;
  smsOptOut: boolean;
  emailOptOut: boolean;
}

/**
 * The ONE channel of the question: SMS when the client has a mobile number and takes SMS (one tap on
 * a basic phone), else mail; none when the client takes neither (then nothing is asked).
 */
export function feedbackChannelOf(c: FeedbackContact): "sms" | "email" | undefined {
  if (c.phone && !c.smsOptOut) return "sms";
  if (c.email && !c.emailOptOut) return "email";
  return undefined;
}

/**
 * Issue 19, "exit follow-up asked by SMS": the worker's one-tap answers 9 months after the exit, as
 * coaching's follow-up situations (werk / opleiding / geen werk).
 */
export const FOLLOW_UP_SMS_ANSWERS = ["in_work", "training", "none"] as const;
export type FollowUpSmsAnswer = (typeof FOLLOW_UP_SMS_ANSWERS)[number];

export function isFollowUpSmsAnswer(value: unknown): value is FollowUpSmsAnswer {
  return typeof value === "string" && (FOLLOW_UP_SMS_ANSWERS as readonly string[]).includes(value);
}

/** The SMS is sent from the due day on, for this many days (a late start asks no one years later). */
export const FOLLOW_UP_SMS_WINDOW_DAYS = 60;
/** A follow-up the consultant recorded up to this many days before the due day makes the SMS unnecessary. */
export const FOLLOW_UP_RECENT_DAYS = 30;

/**
 * Whether the follow-up SMS is due on `today`: from the due day (exit + 9 months) for
 * FOLLOW_UP_SMS_WINDOW_DAYS days, unless a follow-up was already recorded from
 * FOLLOW_UP_RECENT_DAYS before the due day on, and only to a mobile number that takes SMS.
 */
export function followUpSmsDue(x: { dueOn: IsoDate; today: IsoDate; lastFollowUpOn: IsoDate | null; phone: string | null; smsOptOut: boolean }): boolean {
  if (!x.phone || x.smsOptOut) return false;
  if (x.today < x.dueOn || x.today > addCalendarDays(x.dueOn, FOLLOW_UP_SMS_WINDOW_DAYS)) return false;
  return x.lastFollowUpOn === null || x.lastFollowUpOn < addCalendarDays(x.dueOn, -FOLLOW_UP_RECENT_DAYS);
}
