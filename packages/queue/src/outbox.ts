import { schema, type Tx } from "@wijkwerk/db";
import type { Topic } from "./topics.ts";

export interface OutboxMessage {
  topic: Topic;
  payload: Record<string, unknown>;
  /** Delay delivery, e.g. a reminder the day before. */
  availableAt?: Date;
}

/**
 * Writes messages in the caller's transaction (DESIGN.md "one request, end to end"): they exist
 * exactly when the change they announce was committed. The worker relays them to BullMQ.
 */
export async function writeOutbox(tx: Tx, tenantId: string, messages: OutboxMessage | OutboxMessage[]): Promise<string[]> {
  const list = Array.isArray(messages) ? messages : [messages];
  if (list.length === 0) return [];
  const rows = await tx
    .insert(schema.outbox)
    .values(
      list.map((m) => ({
        tenantId,
        topic: m.topic,
        payload: { ...m.payload, tenantId },
        ...(m.availableAt ? { availableAt: m.availableAt.toISOString() } : {}),
      })),
    )
    .returning({ id: schema.outbox.id });
  return rows.map((r) => r.id);
}
