/** The words finance reads for transfers back to clients (issue 18). */
export const TRANSFER_KIND: Record<string, string> = {
  voucher_refund: "Terugbetaling van cheques",
  payment_return: "Terugstorting aan afzender",
};

/** What finance reads after entering a payment: above the four-eyes amount it waits for a colleague (issue 18). */
export const paymentBooked = (status: string) =>
  status === "awaiting_approval"
    ? "De betaling wacht op goedkeuring door een collega (boven het bedrag voor vier ogen). Pas daarna worden de cheques uitgegeven: zie Terugbetalingen."
    : "De betaling is geboekt.";
