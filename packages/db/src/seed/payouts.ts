import type { SeedStep } from "./steps.ts";

/** The demo organisation's bank account: the debtor of its SEPA payout files (a test IBAN). */
export const seedOrganisationAccount: SeedStep = async ({ sql, tenantId, log }) => {
  await sql`INSERT INTO organisation_accounts (tenant_id, name, iban, bic) VALUES (${tenantId}, 'Wijk-werken Gent (demo)', 'BE68539007547034', 'GKCCBEBB') ON CONFLICT (tenant_id) DO NOTHING`;
  log("organisation bank account for payouts");
};
