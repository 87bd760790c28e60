const MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2026-03" → "maart 2026", for remittance texts a worker reads on a bank statement. */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-");
  return `${MONTHS_NL[Number(m) - 1] ?? m} ${y}`;
}
