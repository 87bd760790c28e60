export { validateRrule } from "./rrule.ts";
export type { RruleCheck } from "./rrule.ts";
export { expandRecurrence, ScheduleError } from "./expand.ts";
export type { Occurrence, ExpandRecurrenceInput } from "./expand.ts";
export { officeHourSlots } from "./slots.ts";
export type { OfficeHourSlotsInput } from "./slots.ts";
export { liesWithinWindow } from "./window.ts";
export { describeRrule, isRepeat, repeatRrule } from "./words.ts";
export type { Repeat } from "./words.ts";
