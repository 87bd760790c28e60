import { addCalendarMonths, type IsoDate, type IsoMonth } from "../time/index.ts";

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
