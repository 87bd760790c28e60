import type { EventJobName } from "@wijkwerk/queue";
import type { Loader } from "./loader.ts";
import { AGREEMENT_LOADERS } from "./loaders/agreement.ts";
import { APPOINTMENT_LOADERS } from "./loaders/appointment.ts";
import { ASSIGNMENT_LOADERS } from "./loaders/assignment.ts";
import { AUTH_LOADERS } from "./loaders/auth-code.ts";
import { PAYOUT_LOADERS } from "./loaders/payout.ts";
import { SMS_REPLY_LOADERS } from "./loaders/sms-reply.ts";
import { STAFF_LINK_LOADERS } from "./loaders/staff-link.ts";
import { TIME_ENTRY_LOADERS } from "./loaders/time-entry.ts";
import { TRAINING_LOADERS } from "./loaders/training.ts";
import { VOUCHER_LOADERS } from "./loaders/vouchers.ts";

export { PayloadError, type LoadContext, type Loader, type PlannedMessage } from "./loader.ts";

/**
 * Per outbox event name: who is told what. An empty list = nobody (e.g. the assignment was cancelled since).
 * Each group of events has its loaders in loaders/; the type below fails when an event has none.
 */
export const LOADERS: { [N in EventJobName]: Loader<N> } = {
  ...ASSIGNMENT_LOADERS,
  ...TIME_ENTRY_LOADERS,
  ...VOUCHER_LOADERS,
  ...AGREEMENT_LOADERS,
  ...TRAINING_LOADERS,
  ...APPOINTMENT_LOADERS,
  ...AUTH_LOADERS,
  ...SMS_REPLY_LOADERS,
  ...PAYOUT_LOADERS,
  ...STAFF_LINK_LOADERS,
};

export function isEventJob(name: string): name is EventJobName {
  return Object.hasOwn(LOADERS, name);
}

/**
 * Events that reach the events queue but send nothing (yet): no template exists. They are handled
 * (not failed) so BullMQ's failed set only holds real problems. Every event has a template now.
 */
export const SILENT_EVENTS: readonly string[] = [];
