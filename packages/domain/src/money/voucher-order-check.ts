/**
 * Issue 17, "money with the facts": an order above this many vouchers is asked to be confirmed
 * before it is placed. Why 40: one voucher pays one started hour (RULES §4), and a household with
 * a weekly visit of two hours uses about 9 a month, so 40 covers four months of regular help.
 * Vouchers expire after 12 months (RULES §4, S11) and no refund or exchange is known (RULES §4),
 * so a larger order is unusual enough (or a typo: 400 for 40, €2.980 at €7,45) to ask
 * "are you sure?" once. There is no legal cap for wijk-werk (RULES §4 "Cap: none found"); this is
 * a question, not a limit.
 */
export const VOUCHER_ORDER_CONFIRM_ABOVE = 40;

export function voucherOrderNeedsConfirmation(quantity: number): boolean {
  return Number.isFinite(quantity) && quantity > VOUCHER_ORDER_CONFIRM_ABOVE;
}
