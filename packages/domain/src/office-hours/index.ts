/**
 * What happens to an appointment at a zitdag (RULES.md §7: the bemiddelaar sees whoever booked or
 * walked in). Only a planned appointment gets an outcome — seen, did not come — or is cancelled;
 * an outcome is final, so a second click or a stale page cannot turn "seen" into "no-show".
 */
export type AppointmentStatus = "planned" | "done" | "no_show" | "cancelled";
export type AppointmentAction = "seen" | "no_show" | "cancel";

const NEXT: Record<AppointmentAction, AppointmentStatus> = { seen: "done", no_show: "no_show", cancel: "cancelled" };

/** The status after `action`, or null when the appointment is no longer planned (appointment.not_planned). */
export function appointmentAfter(status: AppointmentStatus, action: AppointmentAction): AppointmentStatus | null {
  return status === "planned" ? NEXT[action] : null;
}
