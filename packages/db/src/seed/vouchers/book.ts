import { randomUUID } from "node:crypto";
import type { LedgerMovement, VoucherLot } from "@wijkwerk/domain";
import type { Cell } from "../copy.ts";

/** The rows of the simulated wallets, collected in memory and written at the end by COPY (write.ts). */

export interface Lot extends VoucherLot {
  issuedDay: number;
  orderId: string;
  quantity: number;
  issuedOn: string;
}

/** A late payer's order that still waits for its payment; numbered and written after the paid ones. */
export interface AwaitingOrder {
  clientId: string;
  quantity: number;
  unit: number;
  createdDay: number;
}

export class VoucherBook {
  readonly orders: Cell[][] = [];
  readonly payments: Cell[][] = [];
  readonly lotRows: Cell[][] = [];
  readonly movements: Cell[][] = [];
  readonly waitingIds: string[] = [];
  readonly awaitingOrders: AwaitingOrder[] = [];
  readonly stats = { lots: 0, consumed: 0, expiringStock: 0 };

  constructor(readonly tenantId: string) {}

  /** One balanced posting. */
  post(ms: readonly LedgerMovement[], at: string, timeEntryId: string | null): void {
    const postingId = randomUUID();
    for (const m of ms) this.movements.push([this.tenantId, postingId, m.account, m.lotId ?? null, m.vouchers, m.kind, timeEntryId, at]);
  }
}
