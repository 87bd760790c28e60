import { schema, type Tx } from "@wijkwerk/db";
import type { Topic } from "./topics.ts";

export interface OutboxMessage {
  topic: Topic;
  payload: Record<string, unknown>;
  /** Delay delivery, e.g. a reminder the day before. */
  availableAt?: Date;
}

/** The outbox rows for messages of one tenant: the payload carries its tenant for the worker. */
export function outboxRows(tenantId: string, messages: OutboxMessage | OutboxMessage[]): (typeof schema.outbox.$inferInsert)[] {
  return (Array.isArray(messages) ? messages : [messages]).map((m) => ({
    tenantId,
    topic: m.topic,
    payload: { ...m.payload, tenantId },
    ...(m.availableAt ? { availableAt: m.availableAt.toISOString() } : {}),
  }));
}

/**
 * Writes messages in the caller's transaction (DESIGN.md "one request, end to end"): they exist
 * exactly when the change they announce was committed. The worker relays them to BullMQ.
 */
export async function writeOutbox(tx: Tx, tenantId: string, messages: OutboxMessage | OutboxMessage[]): Promise<string[]> {
  const rows = outboxRows(tenantId, messages);
  if (rows.length === 0) return [];
  return (await tx.insert(schema.outbox).values(rows).returning({ id: schema.outbox.id })).map((r) => r.id);
}
