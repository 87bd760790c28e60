import { Assignment } from "./shared.ts";

/** `events/assignment.reminder`: The evening before a visit: remind the worker (planned with availableAt). */
export const AssignmentReminder = Assignment;
