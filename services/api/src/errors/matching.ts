import type { ErrorTable } from "./table.ts";

/** Codes of matching payments by hand: confirming a likely match, linking to a client or an order (issue 18). */
export const MATCHING_ERRORS = {
  "payment.not_unmatched": { status: 409, title: "Deze betaling is al gekoppeld." },
  "payment.no_proposal": { status: 409, title: "Voor deze betaling is er geen voorstel (meer)." },
  "payment.proposal_changed": { status: 409, title: "Het voorstel voor deze betaling is intussen veranderd." },
  "payment.order_not_open": { status: 409, title: "Deze bestelling is al betaald of geannuleerd." },
  "payment.link_target": { status: 422, title: "Kies een klant of een bestelling, niet allebei." },
} as const satisfies ErrorTable;
