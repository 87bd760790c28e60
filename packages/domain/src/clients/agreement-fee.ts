import { addCalendarDays, type IsoDate } from "../time/brussels.ts";

/** A client agreement (gebruikersovereenkomst) as far as its fee goes. */
export interface ClientAgreementFee {
  startDate: IsoDate;
  endDate: IsoDate;
  feeCents: number;
  feePaidOn: IsoDate | null;
}

/**
 * RULES §3 (S20, S44): the client signs the gebruikersovereenkomst, pays the yearly fee with their
 * user number as reference, and only then orders cheques and work. The organisation may allow a
 * grace period (tenant setting agreementFeeGraceDays, default 0 = off): while it runs, counted from
 * the agreement's first day, work and cheques may be ordered before the fee is in.
 */
export function agreementFeeSettled(a: ClientAgreementFee, today: IsoDate, graceDays = 0): boolean {
  if (a.feeCents === 0 || a.feePaidOn !== null) return true;
  return graceDays > 0 && today < addCalendarDays(a.startDate, graceDays);
}

/** The agreements among `agreements` that cover any of `dates` and whose fee is not settled. */
export function unpaidAgreementsFor(dates: readonly IsoDate[], agreements: readonly ClientAgreementFee[], today: IsoDate, graceDays = 0): ClientAgreementFee[] {
  return agreements.filter((a) => dates.some((d) => d >= a.startDate && d <= a.endDate) && !agreementFeeSettled(a, today, graceDays));
}
