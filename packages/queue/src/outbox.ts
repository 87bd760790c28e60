import { context, propagation } from "@opentelemetry/api";
import { schema, type Tx } from "@wijkwerk/db";
import type { MessageTopic, PayloadOf } from "./events/index.ts";

/**
 * One outbox message: its topic names the schema its payload must match (events/index.ts), so a
 * producer that sends a wrong or missing field does not compile. `availableAt` delays delivery,
 * e.g. a reminder the day before.
 */
export type OutboxMessage = { [T in MessageTopic]: { topic: T; payload: PayloadOf<T>; availableAt?: Date } }[MessageTopic];

/** The payload key that carries the W3C trace context of the request that wrote the message (docs/OBSERVABILITY.md "Tracing"). */
export const TRACE_KEY = "_trace";

/**
 * The outbox rows for messages of one tenant: the payload carries its tenant for the worker and,
 * when tracing is on, the trace context (traceparent) of the request that wrote it, so the job's
 * span continues that trace. With tracing off no propagator is registered and nothing is added.
 */
export function outboxRows(tenantId: string, messages: OutboxMessage | OutboxMessage[]): (typeof schema.outbox.$inferInsert)[] {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const trace = Object.keys(carrier).length > 0 ? { [TRACE_KEY]: carrier } : {};
  return (Array.isArray(messages) ? messages : [messages]).map((m) => ({
    tenantId,
    topic: m.topic,
    payload: { ...m.payload, tenantId, ...trace },
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
