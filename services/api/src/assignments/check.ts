import { vouchers as wallet } from "@wijkwerk/db";
import { brusselsDateOf, vouchersShortForWork } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { unpaidAgreement } from "../registries/agreement-fee.ts";
import { assess, type Proposal } from "./propose.ts";

/**
 * What the consultant should know before proposing (issue 16, "Warnings that matter"): the same
 * refusals and warnings as the proposal itself (caps, agreement end, a training at that time), and
 * the client's cheques: fewer than the work needs is a warning, not a refusal, since the client may
 * still buy them; and an agreement fee not yet paid (within the tenant's grace period, RULES §3).
 * Nothing is written.
 */
export async function checkProposal(ctx: TenantContext, jobId: string, p: Proposal) {
  const { job, minutes, warnings } = await assess(ctx, jobId, p);
  const position = await wallet.clientWallet(ctx.tx, ctx.tenantId, job.client_id, new Date());
  const short = vouchersShortForWork(position, minutes);
  if (short > 0) {
    warnings.push({
      code: "client.vouchers_short",
      short,
      detail: `De klant heeft ${short} ${short === 1 ? "cheque" : "cheques"} te weinig voor dit werk (één per begonnen uur). Vraag de klant om cheques bij te kopen.`,
    });
  }
  // Not paid yet is worth saying even within the tenant's grace period (which let the job be created).
  const unpaid = await unpaidAgreement(ctx.tx, job.client_id, [brusselsDateOf(p.startsAt)], 0);
  if (unpaid) {
    const { paymentReference } = unpaid;
    warnings.push({
      code: "client.fee_not_paid",
      paymentReference,
      detail: `De klant heeft het inschrijvingsgeld nog niet betaald (mededeling ${paymentReference}). Zonder betaling kan de klant na de respijtperiode geen nieuwe klussen of cheques bestellen.`,
    });
  }
  return { warnings };
}
