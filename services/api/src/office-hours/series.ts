import { normalizePhone, officeHourSlots, ScheduleError, validateRrule, type Occurrence } from "@wijkwerk/domain";
import { validationError, type FieldError } from "../errors/problem.ts";
import { hhmm } from "../scheduling/time.ts";
import type { OfficeHoursRow } from "./repository.ts";

/** Longest window of slots one request may ask for. */
export const MAX_SLOT_DAYS = 92;

type SeriesShape = Pick<OfficeHoursRow, "rrule" | "start_time" | "end_time" | "slot_minutes" | "first_date" | "until">;

/** The slots of a series between two Brussels dates (inclusive), from the domain rule. */
export function slotsOf(o: SeriesShape, from: string, to: string): Occurrence[] {
  if (o.until !== null && o.until < from) return [];
  return officeHourSlots({
    rrule: o.rrule,
    startTime: hhmm(o.start_time),
    endTime: hhmm(o.end_time),
    slotMinutes: o.slot_minutes,
    firstDate: o.first_date,
    from,
    to,
    ...(o.until !== null ? { until: o.until } : {}),
  });
}

/** ScheduleError from the domain → field errors on the body that caused it. */
function scheduleFieldErrors(err: ScheduleError): FieldError[] {
  switch (err.code) {
    case "schedule.bad_rrule":
      return [{ path: "rrule", message: "Deze herhaling (RRULE) kunnen we niet gebruiken." }];
    case "schedule.bad_time":
      return [{ path: "endTime", message: "Het einduur moet na het beginuur liggen." }];
    case "schedule.bad_slot":
      return [{ path: "slotMinutes", message: "Een tijdslot moet tussen het begin- en einduur passen." }];
    default:
      return [{ path: "firstDate", message: "Geen geldige datum." }];
  }
}

/** A new series, checked field by field (all errors at once), then by expanding its first day with the domain rule. */
export function assertValidSeries(
  b: { rrule: string; startTime: string; endTime: string; slotMinutes: number; until?: string | undefined },
  firstDate: string,
): void {
  const errors: FieldError[] = [];
  const rule = validateRrule(b.rrule);
  if (!rule.ok) errors.push({ path: "rrule", message: `Deze herhaling (RRULE) kunnen we niet gebruiken: ${rule.reason}.` });
  if (b.endTime <= b.startTime) errors.push({ path: "endTime", message: "Het einduur moet na het beginuur liggen." });
  if (b.until !== undefined && b.until < firstDate) errors.push({ path: "until", message: "Moet op of na de eerste dag liggen." });
  if (errors.length > 0) throw validationError(errors);
  try {
    slotsOf(
      { rrule: b.rrule, start_time: b.startTime, end_time: b.endTime, slot_minutes: b.slotMinutes, first_date: firstDate, until: null },
      firstDate,
      firstDate,
    );
  } catch (err) {
    if (err instanceof ScheduleError) throw validationError(scheduleFieldErrors(err));
    throw err;
  }
}

/** The RRULE as stored: without an "RRULE:" prefix, upper case. */
export function storedRrule(rrule: string): string {
  return rrule
    .trim()
    .replace(/^RRULE:/i, "")
    .toUpperCase();
}

export function phoneOrError(phone: string | undefined, path: string): string | null {
  if (phone === undefined) return null;
  const p = normalizePhone(phone);
  if (!p.ok) throw validationError([{ path, message: "Geen geldig telefoonnummer." }]);
  return p.value;
}
