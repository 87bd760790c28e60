import { Assignment } from "./shared.ts";

/** `events/assignment.confirmed`: A worker accepted: tell the client who comes. */
export const AssignmentConfirmed = Assignment;
