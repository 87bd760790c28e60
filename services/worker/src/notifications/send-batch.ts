import type { Database } from "@wijkwerk/db";
import { createGroupCommit, type GroupCommit } from "./group-commit.ts";
import type { Channel } from "./recipients.ts";

/** A delivery claimed for sending (status 'sending', attempts counted). */
export interface Claimed {
  id: string;
  event: string;
  channel: Channel;
  to_address: string;
  subject: string | null;
  body_text: string | null;
  body_html: string | null;
  attempts: number;
}

/** A delivery the provider accepted: its provider id, and whether its texts go (sign-in codes). */
export interface SentMark {
  id: string;
  providerId: string | null;
  scrub: boolean;
}

/**
 * Issue 22: the claim before a send and the mark after it, in group commits per tenant and channel
 * (group-commit.ts). The send jobs of one process that want to claim at the same moment are claimed
 * in ONE statement (app_deliveries_claim), those that were sent are marked in one
 * (app_deliveries_sent). Both functions bind the tenant themselves and run as their own
 * transaction: one round trip per group instead of BEGIN, set_config, UPDATE and COMMIT per job.
 * A claim is still committed before its delivery goes to the provider, and nothing changes for a
 * single job except fewer round trips.
 */
export interface SendBatcher {
  /** The delivery claimed for this attempt, or undefined when it is not claimable (sent, failed, gone…). */
  claim(tenantId: string, channel: Channel, deliveryId: string): Promise<Claimed | undefined>;
  /** Marks a delivery sent; throws when the database refuses or cannot be reached (markSent retries). */
  markSent(tenantId: string, channel: Channel, mark: SentMark): Promise<void>;
  readonly claims: GroupCommit<string, Claimed | undefined>;
  readonly marks: GroupCommit<SentMark, void>;
}

/** One batcher per database handle, i.e. per worker process: its jobs share the groups. */
const batchers = new WeakMap<Database, SendBatcher>();

export function sendBatcherFor(database: Database): SendBatcher {
  let batcher = batchers.get(database);
  if (!batcher) batchers.set(database, (batcher = createSendBatcher(database)));
  return batcher;
}

/** The key of a group: deliveries of one tenant (the functions bind one) and one channel. */
const keyOf = (tenantId: string, channel: Channel) => `${channel}:${tenantId}`;
const partsOf = (key: string): [tenantId: string, channel: Channel] => {
  const at = key.indexOf(":");
  return [key.slice(at + 1), key.slice(0, at) as Channel];
};

export function createSendBatcher(database: Database, options: { maxBatch?: number; inFlight?: number } = {}): SendBatcher {
  const claims = createGroupCommit<string, Claimed | undefined>(async (key, ids) => {
    const [tenantId, channel] = partsOf(key);
    // Sorted: the same lock order whichever process claims (the index scan sorts them too).
    const rows = await database.sql<Claimed[]>`SELECT * FROM app_deliveries_claim(${tenantId}::uuid, ${channel}, ${[...ids].sort()}::uuid[])`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    // A delivery asked for twice in one group (a replayed job) is handed to one of them only.
    return ids.map((id) => {
      const row = byId.get(id);
      byId.delete(id);
      return row;
    });
  }, options);

  const marks = createGroupCommit<SentMark, void>(async (key, items) => {
    const [tenantId] = partsOf(key);
    // postgres.js sends a null inside an array as the text 'NULL': no provider id goes as ''.
    await database.sql`SELECT app_deliveries_sent(${tenantId}::uuid, ${items.map((m) => m.id)}::uuid[], ${items.map((m) => m.providerId ?? "")}::text[],
                                                  ${items.filter((m) => m.scrub).map((m) => m.id)}::uuid[])`;
    return items.map(() => undefined);
  }, options);

  return {
    claim: (tenantId, channel, deliveryId) => claims.submit(keyOf(tenantId, channel), deliveryId),
    markSent: (tenantId, channel, mark) => marks.submit(keyOf(tenantId, channel), mark),
    claims,
    marks,
  };
}
