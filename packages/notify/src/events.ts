/** Stable event names; also the template folder names under templates/. */
export const EVENTS = [
  "assignment.proposed",
  "assignment.confirmed",
  "assignment.reminder",
  "assignment.cancelled",
  "assignment.expired",
  "assignment.declined",
  "time_entry.to_confirm",
  "time_entry.disputed",
  "voucher_order.created",
  "vouchers.low",
  "vouchers.expiring",
  "agreement.ending",
  "agreement.ending_worker",
  "training.reminder",
  "training.promoted",
  "appointment.reminder",
  "auth.code",
  "sms.reply",
  "payout.approved",
  "staff.invite",
  "staff.password_reset",
] as const;
export type EventName = (typeof EVENTS)[number];

/** Who reads the message; decides "je" (workers, staff) or "u" (clients, anyone) and the mail footer. */
export type Audience = "worker" | "client" | "consultant" | "staff" | "anyone";

export const EVENT_AUDIENCE: Readonly<Record<EventName, Audience>> = {
  "assignment.proposed": "worker",
  "assignment.confirmed": "client",
  "assignment.reminder": "worker",
  "assignment.cancelled": "worker",
  "assignment.expired": "consultant",
  "assignment.declined": "consultant",
  "time_entry.to_confirm": "client",
  "time_entry.disputed": "consultant",
  "voucher_order.created": "client",
  "vouchers.low": "client",
  "vouchers.expiring": "client",
  "agreement.ending": "consultant",
  "agreement.ending_worker": "worker",
  "training.reminder": "worker",
  "training.promoted": "worker",
  "appointment.reminder": "anyone",
  "auth.code": "anyone",
  "sms.reply": "worker",
  "payout.approved": "worker",
  "staff.invite": "staff",
  "staff.password_reset": "staff",
};

/**
 * Events whose payload carries a secret (`code`: a sign-in code, a password link): the worker keeps it
 * only until the message is sent, then removes it from the outbox row, the job and the delivery.
 */
export const SECRET_EVENTS: readonly EventName[] = ["auth.code", "staff.invite", "staff.password_reset"];

/** Events that also have an SMS template (staff-only events are mail only). */
export const SMS_EVENTS: readonly EventName[] = EVENTS.filter((event) => EVENT_AUDIENCE[event] !== "consultant" && EVENT_AUDIENCE[event] !== "staff");

export function isEventName(value: unknown): value is EventName {
  return typeof value === "string" && (EVENTS as readonly string[]).includes(value);
}
