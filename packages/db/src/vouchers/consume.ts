import { and, asc, eq, sql } from "drizzle-orm";
import { allocateOldestExpiryFirst, brusselsDateOf, postingFor, type LedgerMovement } from "@wijkwerk/domain";
import type { Tx } from "../client.ts";
import { completeConfirmedWork } from "../jobs/complete.ts";
import * as schema from "../schema/index.ts";
import { clientLots, entryHasConsumption, lockClient, postMovements, type VoucherEvent } from "./wallet.ts";

export type ConfirmedBy = "client" | "auto" | "consultant";
type Entry = typeof schema.timeEntries.$inferSelect;

export type ConfirmResult =
  | { outcome: "confirmed" | "awaiting_vouchers"; entry: Entry; before: Entry; events: VoucherEvent[] }
  | { outcome: "not_found" }
  | { outcome: "not_confirmable"; entry: Entry };

/**
 * API.md time entries: a confirmed entry consumes its vouchers from the client's wallet, oldest
 * expiry first; without enough it stays `awaiting_vouchers` and the client is told. The one
 * confirmation path of the API (client, consultant) and of the auto-confirm and retry sweeps.
 * Call inside the tenant transaction; takes the client lock, then the entry lock.
 */
export async function confirmTimeEntry(
  tx: Tx,
  tenantId: string,
  entryId: string,
  opts: { by: ConfirmedBy; now: Date; allowFrom?: readonly Entry["status"][] },
): Promise<ConfirmResult> {
  const te = schema.timeEntries;
  const [peek] = await tx
    .select({ clientId: te.clientId })
    .from(te)
    .where(and(eq(te.tenantId, tenantId), eq(te.id, entryId)));
  if (!peek) return { outcome: "not_found" };
  await lockClient(tx, tenantId, peek.clientId);
  const [entry] = await tx
    .select()
    .from(te)
    .where(and(eq(te.tenantId, tenantId), eq(te.id, entryId)))
    .for("update");
  if (!entry) return { outcome: "not_found" };
  const allowFrom = opts.allowFrom ?? ["submitted", "awaiting_vouchers"];
  if (!allowFrom.includes(entry.status)) return { outcome: "not_confirmable", entry };
  // At-least-once sweeps may run twice: an entry that already consumed never consumes again.
  if (await entryHasConsumption(tx, tenantId, entry.id)) return { outcome: "not_confirmable", entry };

  const today = brusselsDateOf(opts.now);
  const lots = await clientLots(tx, tenantId, entry.clientId);
  const allocation = allocateOldestExpiryFirst(lots, entry.vouchers, today);
  const nowIso = opts.now.toISOString();
  const events: VoucherEvent[] = [];
  let after: Entry | undefined;
  if (allocation.ok) {
    const movements: LedgerMovement[] = allocation.allocations.flatMap((a) => postingFor("consume", a.vouchers, { clientId: entry.clientId, lotId: a.lotId }));
    await postMovements(tx, tenantId, movements, entry.id);
    [after] = await tx
      .update(te)
      .set({ status: "confirmed", confirmedAt: nowIso, confirmedBy: entry.confirmedBy ?? opts.by, updatedAt: sql`now()` })
      .where(and(eq(te.tenantId, tenantId), eq(te.id, entry.id)))
      .returning();
  } else {
    [after] = await tx
      .update(te)
      .set({ status: "awaiting_vouchers", confirmedBy: entry.confirmedBy ?? opts.by, updatedAt: sql`now()` })
      .where(and(eq(te.tenantId, tenantId), eq(te.id, entry.id)))
      .returning();
    // Tell the client once, when the entry starts waiting; retries stay quiet.
    if (entry.status !== "awaiting_vouchers") {
      events.push({
        topic: "events/vouchers.low",
        payload: { clientId: entry.clientId, timeEntryId: entry.id, needed: entry.vouchers, available: allocation.available, shortfall: allocation.shortfall },
      });
    }
  }
  // Confirmed hours: the assignment is completed, and its job done once all of its work is.
  if (allocation.ok) await completeConfirmedWork(tx, tenantId, after!);
  return { outcome: allocation.ok ? "confirmed" : "awaiting_vouchers", entry: after!, before: entry, events };
}

/** After vouchers arrive: confirm the client's waiting entries, oldest first, as far as the wallet reaches. */
export async function retryAwaitingVouchers(tx: Tx, tenantId: string, clientId: string, now: Date): Promise<ConfirmResult[]> {
  const te = schema.timeEntries;
  await lockClient(tx, tenantId, clientId);
  const waiting = await tx
    .select({ id: te.id })
    .from(te)
    .where(and(eq(te.tenantId, tenantId), eq(te.clientId, clientId), eq(te.status, "awaiting_vouchers")))
    .orderBy(asc(te.createdAt), asc(te.id));
  const results: ConfirmResult[] = [];
  for (const w of waiting) results.push(await confirmTimeEntry(tx, tenantId, w.id, { by: "auto", now, allowFrom: ["awaiting_vouchers"] }));
  return results;
}
