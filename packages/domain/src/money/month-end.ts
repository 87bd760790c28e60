/**
 * The month-end report (issue 18, "A month-end report"), DESIGN principle 5: money is a ledger.
 *
 * THE RECONCILIATION IDENTITY. For every month, in vouchers and in euro cents (each voucher at the
 * price its client paid for it):
 *
 *   opening outstanding + sold − consumed − expired − refunded = closing outstanding
 *
 * where "outstanding" is the sum of the clients' ledger balances at the end of the month and the
 * flows are what moved to or from the issuer, consumed, expired and refunded accounts during it.
 * Because every posting sums to zero, the identity holds exactly; a difference means a movement
 * to an account the report does not know, and the report shows it instead of hiding it.
 */
export interface VoucherMonthFigures {
  opening: number;
  sold: number;
  consumed: number;
  expired: number;
  refunded: number;
  closing: number;
}

/** What the closing outstanding must be: opening + sold − consumed − expired − refunded. */
export function expectedClosing(m: Omit<VoucherMonthFigures, "closing">): number {
  return m.opening + m.sold - m.consumed - m.expired - m.refunded;
}

/** Closing minus what the identity expects: 0 when the month reconciles. */
export function reconciliationDifference(m: VoucherMonthFigures): number {
  return m.closing - expectedClosing(m);
}

/** The longest range one report covers (three years of months). */
export const MONTH_END_MAX_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The months from `from` to `to`, both included ("2026-11", "2026-12", "2027-01").
 * Throws RangeError("report.range_invalid") for a bad month, `to` before `from`, or more than
 * MONTH_END_MAX_MONTHS months.
 */
export function monthsFromTo(from: string, to: string): string[] {
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a || !b) throw new RangeError("report.range_invalid");
  const start = Number(a[1]) * 12 + Number(a[2]) - 1;
  const end = Number(b[1]) * 12 + Number(b[2]) - 1;
  if (end < start || end - start + 1 > MONTH_END_MAX_MONTHS) throw new RangeError("report.range_invalid");
  const out: string[] = [];
  for (let i = start; i <= end; i++) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  return out;
}

/** One month's voucher flows as the ledger groups them (see the API's month-end repository). */
export interface MonthFlows {
  month: string;
  sold: number;
  consumed: number;
  expired: number;
  refunded: number;
  /** The change of the sum of the clients' balances during the month. */
  clientChange: number;
}

/**
 * Rows of the report: the outstanding at each month's end is the clients' balances summed from
 * the ledger (opening before `months[0]` plus each month's change), never the flows themselves,
 * so the identity is a real check.
 */
export function monthEndRows(
  months: readonly string[],
  openingBefore: number,
  flows: readonly MonthFlows[],
): (VoucherMonthFigures & { month: string; difference: number })[] {
  const byMonth = new Map(flows.map((f) => [f.month, f]));
  let opening = openingBefore;
  return months.map((month) => {
    const f = byMonth.get(month);
    const row = {
      month,
      opening,
      sold: f?.sold ?? 0,
      consumed: f?.consumed ?? 0,
      expired: f?.expired ?? 0,
      refunded: f?.refunded ?? 0,
      closing: opening + (f?.clientChange ?? 0),
    };
    opening = row.closing;
    return { ...row, difference: reconciliationDifference(row) };
  });
}
