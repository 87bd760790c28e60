import { addCalendarMonths } from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";

/** A report period: from on or before to, at most 5 years; 422 report.period_invalid otherwise. */
export function checkPeriod(from: string, to: string): void {
  if (from > to)
    throw new AppError("report.period_invalid", "Het begin van de periode ligt na het einde.", {
      errors: [{ path: "query.to", message: "Niet vóór het begin." }],
    });
  if (to > addCalendarMonths(from, 60))
    throw new AppError("report.period_invalid", "Kies een periode van hoogstens 5 jaar.", {
      errors: [{ path: "query.to", message: "Hoogstens 5 jaar na het begin." }],
    });
}
