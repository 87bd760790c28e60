import { context, propagation } from "@opentelemetry/api";
import { schema, type Tx } from "@wijkwerk/db";
import type { MessageTopic, PayloadOf } from "./events/index.ts";

/**
 * One outbox message: its topic names the schema its payload must match (events/index.ts), so a
 * producer that sends a wrong or missing field does not compile. `availableAt` delays delivery,
 * e.g. a reminder the day before. `requestId`: the request whose change it announces (issue 21).
 */
export type OutboxMessage = { [T in MessageTopic]: { topic: T; payload: PayloadOf<T>; availableAt?: Date; requestId?: string | null } }[MessageTopic];

/**
 * The key under which the relay puts the outbox row's request id in a BullMQ job's data (and the
 * worker in its send jobs). Not `requestId`: some payloads use that name for their own records.
 */
export const JOB_REQUEST_ID = "_requestId";

/** The request id a job carries, if any. */
export function jobRequestId(data: unknown): string | undefined {
  const value = (data as Record<string, unknown> | null | undefined)?.[JOB_REQUEST_ID];
  return typeof value === "string" ? value : undefined;
}

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
    ...(m.requestId ? { requestId: m.requestId } : {}),
  }));
}

/**
 * Writes messages in the caller's transaction (DESIGN.md "one request, end to end"): they exist
 * exactly when the change they announce was committed. The worker relays them to BullMQ.
 */
export async function writeOutbox(tx: Tx, tenantId: string, messages: OutboxMessage | OutboxMessage[], requestId?: string): Promise<string[]> {
  const rows = outboxRows(
    tenantId,
    (Array.isArray(messages) ? messages : [messages]).map((m) => (requestId && !m.requestId ? { ...m, requestId } : m)),
  );
  if (rows.length === 0) return [];
  return (await tx.insert(schema.outbox).values(rows).returning({ id: schema.outbox.id })).map((r) => r.id);
}
