/**
 * Places in a training session (issue "Training": enrolment with a waitlist). A place is held by
 * whoever is enrolled, and stays held once attendance is recorded, either way; a cancelled
 * enrolment frees it for the one who has waited longest.
 */
export type EnrolmentStatus = "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";

export const PLACE_HOLDING: readonly EnrolmentStatus[] = Object.freeze(["enrolled", "attended", "absent"]);

export function holdsPlace(status: string): boolean {
  return (PLACE_HOLDING as readonly string[]).includes(status);
}

/** A new enrolment gets a place while one is free, else joins the back of the waitlist. */
export function enrolmentStatusFor(placesTaken: number, capacity: number): "enrolled" | "waitlisted" {
  return placesTaken < capacity ? "enrolled" : "waitlisted";
}
