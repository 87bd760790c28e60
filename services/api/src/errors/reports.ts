import type { ErrorTable } from "./table.ts";

/** Codes of the reports (issue 18: the month-end report). */
export const REPORT_ERRORS = {
  "report.range_invalid": {
    status: 422,
    title: "Deze periode kan niet: kies een begin- en eindmaand (JJJJ-MM), het begin niet na het einde, hoogstens 36 maanden, niet na deze maand.",
  },
} as const satisfies ErrorTable;
