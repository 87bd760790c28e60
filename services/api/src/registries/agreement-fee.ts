import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { brusselsDateOf, formatDutchDate, unpaidAgreementsFor } from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";
import { loadSettings } from "../settings-store.ts";

/** A client's agreements as the fee and coverage rules read them (RULES §3). */
export type ClientAgreementRow = { startDate: string; endDate: string; feeCents: number; feePaidOn: string | null; paymentReference: string };

export async function clientAgreements(tx: Tx, clientId: string): Promise<ClientAgreementRow[]> {
  return tx.execute<ClientAgreementRow>(sql`
    SELECT start_date::text AS "startDate", end_date::text AS "endDate", fee_cents AS "feeCents", fee_paid_on::text AS "feePaidOn", payment_reference AS "paymentReference"
      FROM client_agreements WHERE tenant_id = app_current_tenant() AND client_id = ${clientId} ORDER BY start_date`);
}

/** The first agreement covering one of `dates` whose fee is not settled (after `graceDays` from its start), if any. */
export async function unpaidAgreement(tx: Tx, clientId: string, dates: readonly string[], graceDays: number): Promise<ClientAgreementRow | undefined> {
  const agreements = await clientAgreements(tx, clientId);
  const [unpaid] = unpaidAgreementsFor(dates, agreements, brusselsDateOf(new Date()), graceDays);
  return unpaid && agreements.find((a) => a.startDate === unpaid.startDate);
}

const euro = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")} euro`;

/**
 * RULES §3: work and cheques are ordered once the client agreement's fee is paid (or within the
 * tenant's grace period, agreementFeeGraceDays). Every agreement that covers one of `dates` must be
 * settled; 409 client.agreement_fee_unpaid names the fee and its payment reference.
 */
export async function assertAgreementFeeSettled(tx: Tx, tenantId: string, clientId: string, dates: readonly string[]): Promise<void> {
  const { agreementFeeGraceDays } = await loadSettings(tx, tenantId);
  const unpaid = await unpaidAgreement(tx, clientId, dates, agreementFeeGraceDays);
  if (!unpaid) return;
  const { paymentReference } = unpaid;
  throw new AppError(
    "client.agreement_fee_unpaid",
    `Het inschrijvingsgeld van ${euro(unpaid.feeCents)} voor de gebruikersovereenkomst van ${formatDutchDate(unpaid.startDate)} tot ${formatDutchDate(unpaid.endDate)} ` +
      `is nog niet betaald (mededeling ${paymentReference}). Zodra het betaald is, kan de klant klussen en cheques bestellen.`,
    { paymentReference },
  );
}

/** For a voucher order: an agreement must run today, and its fee be settled. */
export async function assertMayOrderVouchers(tx: Tx, tenantId: string, clientId: string): Promise<void> {
  const today = brusselsDateOf(new Date());
  const [running] = await tx.execute<{ id: string }>(sql`
    SELECT id FROM client_agreements WHERE tenant_id = app_current_tenant() AND client_id = ${clientId} AND start_date <= ${today}::date AND end_date >= ${today}::date`);
  if (!running)
    throw new AppError(
      "client.no_active_agreement",
      `De klant heeft vandaag (${formatDutchDate(today)}) geen gebruikersovereenkomst. Maak er eerst een; daarna kan de klant cheques bestellen.`,
    );
  await assertAgreementFeeSettled(tx, tenantId, clientId, [today]);
}
