import type { Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { AssignmentProposed } from "./assignment-proposed.ts";
import { AssignmentConfirmed } from "./assignment-confirmed.ts";
import { AssignmentReminder } from "./assignment-reminder.ts";
import { AssignmentDeclined } from "./assignment-declined.ts";
import { AssignmentCancelled } from "./assignment-cancelled.ts";
import { AssignmentExpired } from "./assignment-expired.ts";
import { TimeEntryToConfirm } from "./time-entry-to-confirm.ts";
import { TimeEntryDisputed } from "./time-entry-disputed.ts";
import { VoucherOrderCreated } from "./voucher-order-created.ts";
import { VouchersLow } from "./vouchers-low.ts";
import { VouchersExpiring } from "./vouchers-expiring.ts";
import { AgreementEnding } from "./agreement-ending.ts";
import { TrainingReminder } from "./training-reminder.ts";
import { TrainingPromoted } from "./training-promoted.ts";
import { AppointmentReminder } from "./appointment-reminder.ts";
import { AuthCode } from "./auth-code.ts";
import { PayoutRegenerate } from "./payout-regenerate.ts";
import { PayoutApproved } from "./payout-approved.ts";
import { SmsReply } from "./sms-reply.ts";
import { StaffLink } from "./staff-link.ts";

/**
 * Every message the outbox carries, by topic ("<queue>/<job>"), with the schema of its payload
 * (issue 15 item 4): producers are type-checked against it (OutboxMessage), the worker validates
 * each job's payload with the same schema before acting on it. The relay adds `tenantId`.
 */
export const MESSAGES = {
  "events/assignment.proposed": AssignmentProposed,
  "events/assignment.confirmed": AssignmentConfirmed,
  "events/assignment.reminder": AssignmentReminder,
  "events/assignment.declined": AssignmentDeclined,
  "events/assignment.cancelled": AssignmentCancelled,
  "events/assignment.expired": AssignmentExpired,
  "events/time_entry.to_confirm": TimeEntryToConfirm,
  "events/time_entry.disputed": TimeEntryDisputed,
  "events/voucher_order.created": VoucherOrderCreated,
  "events/vouchers.low": VouchersLow,
  "events/vouchers.expiring": VouchersExpiring,
  "events/agreement.ending": AgreementEnding,
  "events/training.reminder": TrainingReminder,
  "events/training.promoted": TrainingPromoted,
  "events/appointment.reminder": AppointmentReminder,
  "events/auth.code": AuthCode,
  "events/sms.reply": SmsReply,
  "events/payout.approved": PayoutApproved,
  "events/staff.invite": StaffLink,
  "events/staff.password_reset": StaffLink,
  "payouts/regenerate": PayoutRegenerate,
} as const;

export type MessageTopic = keyof typeof MESSAGES;
export type PayloadOf<T extends MessageTopic> = Static<(typeof MESSAGES)[T]>;
/** The job names on the events queue, e.g. "assignment.proposed", and the payload of each. */
export type EventJobName = MessageTopic extends infer T ? (T extends `events/${infer N}` ? N : never) : never;
export type EventPayload<N extends EventJobName> = PayloadOf<Extract<MessageTopic, `events/${N}`>>;

export function isMessageTopic(topic: string): topic is MessageTopic {
  return Object.hasOwn(MESSAGES, topic);
}

/** Undefined when `data` is a valid payload of this topic, else the first problem ("/workerId: …"). */
export function payloadProblem(topic: MessageTopic, data: unknown): string | undefined {
  const schema = MESSAGES[topic];
  if (Value.Check(schema, data)) return undefined;
  const first = Value.Errors(schema, data).First();
  return first ? `${first.path || "/"}: ${first.message}` : "not a valid payload";
}
