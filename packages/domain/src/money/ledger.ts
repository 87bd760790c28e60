/**
 * DESIGN principle 5: vouchers move between accounts by append-only double-entry movements.
 * Every posting is a pair that sums to zero; balances are derived, corrections are new postings.
 */
export type PostingKind = "issue" | "reserve" | "release" | "consume" | "expire" | "refund";

/** One side of a posting; `vouchers` is signed (+ in, − out). */
export interface LedgerMovement {
  account: string;
  vouchers: number;
  kind: PostingKind;
  lotId?: string;
}

/** Where issued cheques come from (the issuer's outstanding supply). */
export const ISSUER_ACCOUNT = "system:issuer";
/** Cheques used to pay confirmed prestaties. */
export const CONSUMED_ACCOUNT = "system:consumed";
/** Cheques that passed their validity (RULES §4, 12 months). */
export const EXPIRED_ACCOUNT = "system:expired";
/** Cheques taken back from a client (API.md voucher-refunds). */
export const REFUNDED_ACCOUNT = "system:refunded";

/** The available-voucher account of a client (API.md wallet.available). */
export function clientWalletAccount(clientId: string): string {
  return `client:${clientId}:available`;
}

/**
 * A reserved-voucher account of a client. Kept for the ledger's vocabulary, but nothing posts to
 * it: wallet.reserved is derived from the entries (see {@link walletPosition}), so submitting hours
 * never has to touch the ledger or take the client's lock.
 */
export function clientReservedAccount(clientId: string): string {
  return `client:${clientId}:reserved`;
}

/** Options of {@link postingFor}. */
export interface PostingOptions {
  clientId: string;
  lotId?: string;
  /** consume only: take from the reserved account instead of available. */
  fromReserved?: boolean;
}

/** DESIGN principle 5: the balanced movement pair for one voucher event of a client. */
export function postingFor(kind: PostingKind, qty: number, opts: PostingOptions): [LedgerMovement, LedgerMovement] {
  if (!Number.isSafeInteger(qty) || qty <= 0) throw new RangeError("ledger.quantity_invalid");
  const available = clientWalletAccount(opts.clientId);
  const reserved = clientReservedAccount(opts.clientId);
  let from: string;
  let to: string;
  switch (kind) {
    case "issue":
      [from, to] = [ISSUER_ACCOUNT, available];
      break;
    case "reserve":
      [from, to] = [available, reserved];
      break;
    case "release":
      [from, to] = [reserved, available];
      break;
    case "consume":
      [from, to] = [opts.fromReserved ? reserved : available, CONSUMED_ACCOUNT];
      break;
    case "expire":
      [from, to] = [available, EXPIRED_ACCOUNT];
      break;
    case "refund":
      [from, to] = [available, REFUNDED_ACCOUNT];
      break;
  }
  const lot = opts.lotId === undefined ? {} : { lotId: opts.lotId };
  return [
    { account: from, vouchers: -qty, kind, ...lot },
    { account: to, vouchers: qty, kind, ...lot },
  ];
}

/** DESIGN principle 5: corrections are new entries: the exact opposite of earlier movements. */
export function reverseMovements(movements: readonly LedgerMovement[]): LedgerMovement[] {
  return movements.map((m) => ({ ...m, vouchers: -m.vouchers }));
}

/** DESIGN principle 5: balances are derived from the movements, never stored as truth. */
export function balances(movements: readonly LedgerMovement[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of movements) out.set(m.account, (out.get(m.account) ?? 0) + m.vouchers);
  return out;
}

/** DESIGN principle 5: a set of movements is valid only when it sums to zero. */
export function isBalanced(movements: readonly LedgerMovement[]): boolean {
  return movements.reduce((s, m) => s + m.vouchers, 0) === 0;
}
