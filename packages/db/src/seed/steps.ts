import type postgres from "postgres";
import { seedGent } from "./gent.ts";
import { seedOrganisationAccount } from "./payouts.ts";
import { seedTraining } from "./training.ts";
import { seedVouchers } from "./vouchers.ts";

export type SeedStep = (ctx: { sql: postgres.Sql; tenantId: string; log: (l: string) => void }) => Promise<void>;

/**
 * Demo data steps, run in this order once when the demo tenant is created. Each capability adds
 * one import and one entry here (e.g. registries before jobs before vouchers).
 */
export const seedSteps: { name: string; run: SeedStep }[] = [
  { name: "organisation-account", run: seedOrganisationAccount },
  { name: "gent registries and history", run: seedGent },
  { name: "training and zitdagen", run: seedTraining },
  { name: "vouchers", run: seedVouchers },
];
