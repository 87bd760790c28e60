import { eq } from "drizzle-orm";
import { encryption, schema } from "@wijkwerk/db";
import { brusselsDateOf, sepaDocumentString } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import * as repo from "./repository.ts";
import { batchOut } from "./views.ts";

/**
 * A SEPA batch takes every approved transfer not yet exported, once: the transfers are locked and
 * marked with the batch in the same transaction, so two downloads at once never put one transfer
 * in two files. The file is built from the stored rows, so downloading the batch again gives the same bytes.
 */
export async function createBatch(ctx: TenantContext) {
  const oa = schema.organisationAccounts;
  const [own] = await ctx.tx.select().from(oa).where(eq(oa.tenantId, ctx.tenantId));
  if (!own)
    throw new AppError(
      "transfer.no_organisation_account",
      "Vul eerst de bankrekening van de organisatie in (Financiën, Bankrekening): van die rekening vertrekken de terugbetalingen.",
    );
  const rows = await repo.lockExportable(ctx.tx);
  if (rows.length === 0) throw new AppError("transfer.nothing_to_export", "Er is geen goedgekeurde terugbetaling die nog niet in een SEPA-bestand staat.");
  const totalCents = rows.reduce((s, r) => s + r.amount_cents, 0);
  const batch = await repo.insertBatch(
    ctx.tx,
    ctx.tenantId,
    { debtorName: own.name, debtorIban: own.iban, debtorBic: own.bic, count: rows.length, totalCents, createdBy: ctx.actor.sub },
    rows.map((r) => r.id),
  );
  await ctx.audit({
    entity: "client_transfer_batch",
    entityId: batch.id,
    action: "export_sepa",
    after: { ...batchOut(batch), transfers: rows.map((r) => r.id) },
  });
  return batchOut(batch);
}

/** The batch's pain.001.001.09 file: the organisation's account as debtor, one transfer per refund or return. */
export async function batchFile(ctx: Pick<TenantContext, "tx">, batchId: string): Promise<{ xml: string; createdOn: string }> {
  const batch = await repo.findBatch(ctx.tx, batchId);
  if (!batch) throw notFound("Dit SEPA-bestand");
  const rows = await repo.batchTransfers(ctx.tx, batch.id);
  const createdAt = new Date(batch.created_at);
  const createdOn = brusselsDateOf(createdAt);
  const xml = await sepaDocumentString(
    {
      messageId: batch.message_id,
      createdAt: createdAt.toISOString().replace(/\.\d+Z$/, "Z"),
      debtor: { name: batch.debtor_name, iban: batch.debtor_iban, bic: batch.debtor_bic ?? undefined },
      requestedExecutionDate: createdOn,
      batchBooking: true,
    },
    rows.map((r) => ({
      endToEndId: r.end_to_end_id,
      amountCents: r.amount_cents,
      creditor: { name: r.creditor_name, iban: encryption.revealValue(r.creditor_iban) },
      remittance: r.remittance,
    })),
    { count: batch.transfer_count, controlSumCents: Number(batch.total_cents) },
  );
  return { xml, createdOn };
}
