/** Who may see and run payouts: finance, and the admin who manages finance staff anyway. */
export const PAYOUT_ROLES = ["finance", "admin"] as const;
