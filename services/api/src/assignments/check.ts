import { vouchers as wallet } from "@wijkwerk/db";
import { brusselsDateOf, vouchersShortForWork } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { unpaidAgreement } from "../registries/agreement-fee.ts";
import { assess, type Proposal, type ProposalWarning } from "./propose.ts";

/**
 * What the consultant should know before proposing (issue 16, "Warnings that matter"): the same
 * refusals and warnings as the proposal itself (caps, agreement end, a training at that time), and
 * the client's side (clientWarnings). Nothing is written.
 */
export async function checkProposal(ctx: TenantContext, jobId: string, p: Proposal) {
  const { job, minutes, warnings } = await assess(ctx, jobId, p);
  warnings.push(...(await clientWarnings(ctx, job.client_id, [{ startsAt: p.startsAt, minutes }])));
  return { warnings };
}

/**
 * The client's side of proposed work (one visit, or the dates of a series): cheques fewer than the
 * work needs is a warning, not a refusal, since the client may still buy them; an agreement fee not
 * yet paid is worth saying even within the tenant's grace period that let the job be created (RULES §3).
 */
export async function clientWarnings(ctx: TenantContext, clientId: string, visits: readonly { startsAt: string; minutes: number }[]) {
  const warnings: ProposalWarning[] = [];
  const position = await wallet.clientWallet(ctx.tx, ctx.tenantId, clientId, new Date());
  const short = vouchersShortForWork(
    position,
    visits.map((v) => v.minutes),
  );
  if (short > 0) {
    warnings.push({
      code: "client.vouchers_short",
      short,
      detail: `De klant heeft ${short} ${short === 1 ? "cheque" : "cheques"} te weinig voor dit werk (één per begonnen uur). Vraag de klant om cheques bij te kopen.`,
    });
  }
  const unpaid = await unpaidAgreement(
    ctx.tx,
    clientId,
    visits.map((v) => brusselsDateOf(v.startsAt)),
    0,
  );
  if (unpaid) {
    const { paymentReference } = unpaid;
    warnings.push({
      code: "client.fee_not_paid",
      paymentReference,
      detail: `De klant heeft het inschrijvingsgeld nog niet betaald (mededeling ${paymentReference}). Zonder betaling kan de klant na de respijtperiode geen nieuwe klussen of cheques bestellen.`,
    });
  }
  return warnings;
}
