/**
 * CSV for Excel in Belgium: semicolon separator, decimal comma, UTF-8 with a byte order mark
 * (without it Excel reads UTF-8 as Windows-1252 and breaks names like "Dupré").
 */
export const CSV_BOM = "\uFEFF";

export type Cell = string | number | null;

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(";") + "\r\n";
}

function csvCell(cell: Cell): string {
  if (cell === null) return "";
  // Numbers we format ourselves are safe; text from users may start a formula in Excel.
  let s = typeof cell === "number" ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  if (/[;"\r\n]/.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

/** Cents as euros with a decimal comma: -305 → "-3,05". Text, so Excel keeps the two decimals. */
export function euros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** Minutes as hours with two decimals, half-up, decimal comma: 61 → "1,02". */
export function hours(minutes: number): string {
  const sign = minutes < 0 ? "-" : "";
  const hundredths = Math.floor((Math.abs(minutes) * 100 * 2 + 60) / 120);
  return `${sign}${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, "0")}`;
}

/** INSZ in its printed form 85.07.30-033.28: Excel keeps it as text (no lost leading zero). */
export function formatInsz(nationalNumber: string): string {
  const d = nationalNumber;
  return d.length === 11 ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}` : d;
}
