import type { DateInput } from "./format.ts";
import type { Address, BaseData, Place } from "./message-parts.ts";

/** What each event's templates get to fill in (the names themselves are in events.ts). */

/**
 * Data per event. Instants (`startsAt`, `endsAt`, ...) are ISO strings with offset or Dates;
 * calendar dates (`endsOn`, `expiresOn`, `workedOn`) are "YYYY-MM-DD". Money is integer cents.
 * `activity` is the activity's code ("garden.mowing"); the renderer writes its name in the
 * recipient's language (activities.ts), so a loader never picks a language itself.
 * Links are built short by the caller (about 32 characters, "https://wijk.werk/a/XXXXXXXXXXXX"):
 * they end up in one SMS.
 */
export type EventData = {
  "assignment.proposed": BaseData & {
    activity: string;
    clientName: string;
    startsAt: DateInput;
    endsAt: DateInput;
    address: Address;
    /** Until when the worker can answer. */
    respondBy: DateInput;
    /** Short signed link to accept or decline. */
    link: string;
  };
  "assignment.confirmed": BaseData & {
    activity: string;
    workerName: string;
    startsAt: DateInput;
    endsAt: DateInput;
    address: Address;
  };
  "assignment.reminder": BaseData & {
    activity: string;
    clientName: string;
    startsAt: DateInput;
    endsAt: DateInput;
    address: Address;
  };
  "assignment.cancelled": BaseData & {
    activity: string;
    startsAt: DateInput;
    address: Address;
    reason: string;
  };
  "assignment.expired": BaseData & {
    activity: string;
    workerName: string;
    clientName: string;
    startsAt: DateInput;
    proposedAt: DateInput;
    /** Link to the job in the web UI, to pick another worker. */
    link: string;
  };
  "assignment.declined": BaseData & {
    activity: string;
    workerName: string;
    clientName: string;
    startsAt: DateInput;
    /** What the worker gave as reason; empty when none. */
    reason: string;
    /** Link to the job in the web UI, to pick another worker. */
    link: string;
  };
  "time_entry.disputed": BaseData & {
    workerName: string;
    clientName: string;
    activity: string;
    workedOn: DateInput;
    minutes: number;
    reason: string;
    /** Link to the client in the web UI, where the consultant corrects or cancels the hours. */
    link: string;
  };
  "time_entry.to_confirm": BaseData & {
    workerName: string;
    activity: string;
    workedOn: DateInput;
    minutes: number;
    /** Days after which the hours count as confirmed when nobody answers. */
    autoConfirmDays: number;
    link: string;
  };
  "voucher_order.created": BaseData & {
    quantity: number;
    amountCents: number;
    /** Structured reference as printed: "+++090/9337/55493+++". */
    ogm: string;
    iban: string;
    bic: string;
  };
  "vouchers.low": BaseData & {
    remaining: number;
    link: string;
  };
  "vouchers.expiring": BaseData & {
    count: number;
    expiresOn: DateInput;
    link: string;
  };
  "agreement.ending": BaseData & {
    workerName: string;
    endsOn: DateInput;
    daysLeft: number;
    link: string;
  };
  /** The worker's own notice of agreement.ending (the same outbox event). */
  "agreement.ending_worker": BaseData & {
    endsOn: DateInput;
    daysLeft: number;
  };
  "training.reminder": BaseData & {
    training: string;
    startsAt: DateInput;
    endsAt: DateInput;
    place: Place;
  };
  /** A waitlisted worker got a place (same data as the reminder). */
  "training.promoted": BaseData & {
    training: string;
    startsAt: DateInput;
    endsAt: DateInput;
    place: Place;
  };
  "appointment.reminder": BaseData & {
    startsAt: DateInput;
    place: Place;
    consultantName: string;
  };
  "auth.code": BaseData & {
    code: string;
    validMinutes: number;
  };
  /**
   * Issue 17: the one SMS back to a worker's SMS reply. Exactly one of accepted / declined / taken /
   * help / started is true; activity and startsAt name the klus answered (ignored for help and started).
   */
  "sms.reply": BaseData & {
    accepted: boolean;
    declined: boolean;
    taken: boolean;
    help: boolean;
    /** Issue 20: the worker sent START: SMS are on again. */
    started: boolean;
    activity: string;
    startsAt: DateInput;
    /** Other proposals were open too: the answer went to the most recently proposed one. */
    several: boolean;
  };
  /** Issue 18: a payout run with the worker's line(s) was approved: what they get and when. */
  "payout.approved": BaseData & {
    /** The month of the payout run, "YYYY-MM". */
    month: string;
    /** What the worker's transfer of this run pays (the sum of their lines), integer cents above 0. */
    amountCents: number;
    /** The day the money is paid (the organisation's payment calendar). */
    paidOn: DateInput;
    /** The worker's money page. */
    link: string;
  };
  /** Issue 19: after a month of work, the client is asked how the worker's work was (one tap). */
  "client_feedback.asked": BaseData & {
    /** The worker's first name only. */
    workerName: string;
    /** The month asked about, "YYYY-MM". */
    month: string;
    /** The short answer link https://<web>/f/<code>. */
    link: string;
  };
  /** Issue 19: 9 months after the exit, the worker is asked whether they work now (one tap). */
  "exit_follow_up.asked": BaseData & {
    /** The short answer link https://<web>/v/<code>. */
    link: string;
  };
  /** Issue 19: the client's worker leaves (agreement ends); who comes next, from when. First names only. */
  "handover.announced": BaseData & {
    leavingName: string;
    successorName: string;
    startsOn: DateInput;
  };
  /** Issue 20: a link to choose a password, for a new staff member or one who forgot it. */
  "staff.invite": BaseData & { link: string; expiresAt: DateInput };
  "staff.password_reset": BaseData & { link: string; expiresAt: DateInput };
};
