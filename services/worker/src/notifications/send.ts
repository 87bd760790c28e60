import { UnrecoverableError, type Job } from "bullmq";
import { sql } from "drizzle-orm";
import { inSpan, SpanKind } from "@wijkwerk/observability";
import { DeliveryError, messageIdFor, SECRET_EVENTS, type EventName, type OutgoingMessage } from "@wijkwerk/notify";
import type { ProcessorDeps } from "../processors/index.ts";
import { enqueueDelivery, runtimeOf, sendJobData } from "./plan.ts";
import { sendBatcherFor } from "./send-batch.ts";
import type { Channel } from "./recipients.ts";

const clip = (s: string) => s.slice(0, 1000);

/**
 * email/send and sms/send: one delivery per job (jobId = delivery id).
 *
 * Claim first: queued|sending → sending with attempts+1 in one UPDATE (grouped with the claims of
 * other jobs of the tenant and channel that come at the same moment, send-batch.ts), so a delivery already
 * 'sent' (or failed, suppressed) is never sent again whatever BullMQ replays. 'sending' is claimable
 * because a worker that crashed mid-send leaves it there. At-least-once window: a crash after the
 * provider accepted the message but before the 'sent' UPDATE commits (or a database unreachable for
 * longer than markSent keeps trying, about 30 s) sends it again on retry. The
 * SMS gateway gets Idempotency-Key = delivery id and drops that repeat; SMTP has no such key, so the
 * mail carries a stable Message-ID (the same on every attempt) and a repeat is recognisable.
 */
export function sendProcessor(channel: Channel) {
  return async (job: Job, deps: ProcessorDeps): Promise<{ status: string; providerId?: string | null }> => {
    const runtime = runtimeOf(deps);
    const { tenantId, deliveryId } = (job.data ?? {}) as { tenantId?: string; deliveryId?: string };
    if (!tenantId || !deliveryId) throw new UnrecoverableError("send job without tenantId/deliveryId");
    const db = deps.database;

    // Claimed in a group commit with the other jobs of this tenant and channel (send-batch.ts):
    // committed before the send, in one statement for the group.
    const batcher = sendBatcherFor(db);
    const row = await batcher.claim(tenantId, channel, deliveryId);
    if (!row) {
      const [current] = await db.withTenant(
        tenantId,
        async (tx) => await tx.execute<{ status: string }>(sql`SELECT status FROM deliveries WHERE tenant_id = app_current_tenant() AND id = ${deliveryId}`),
      );
      return { status: current?.status ?? "missing" };
    }

    const message: OutgoingMessage =
      channel === "email"
        ? {
            kind: "email",
            to: row.to_address,
            subject: row.subject ?? "",
            text: row.body_text ?? "",
            html: row.body_html ?? "",
            messageId: messageIdFor(row.id, deps.config.MAIL_FROM),
          }
        : { kind: "sms", to: row.to_address, text: row.body_text ?? "", reference: row.id };
    // Sign-in codes are not kept in the database once their fate is known.
    const secret = SECRET_EVENTS.includes(row.event as EventName);
    const scrub = secret ? sql`, body_text = NULL, body_html = NULL` : sql``;

    let providerId: string | null = null;
    try {
      // A client span per attempt (SMTP or the SMS gateway): who answered slowly shows in the trace.
      // Never the address or the text in its attributes, as in the logs.
      providerId = await inSpan(
        `${channel} send`,
        {
          kind: SpanKind.CLIENT,
          attributes: { "wijkwerk.channel": channel, "wijkwerk.delivery.id": row.id, "wijkwerk.event": row.event, "wijkwerk.attempt": row.attempts },
        },
        async () => (await runtime.transports[channel].send(message)).providerId ?? null,
      );
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof DeliveryError ? err.permanent : false;
      const maxAttempts = job.opts.attempts ?? 1;
      const final = permanent || job.attemptsMade + 1 >= maxAttempts;
      // Never the address or the text: the delivery id leads to them for those allowed to see.
      deps.log?.warn({ channel, deliveryId: row.id, event: row.event, attempt: row.attempts, permanent, final, error: clip(text) }, `${channel} not sent`);
      await db.withTenant(tenantId, (tx) =>
        tx.execute(sql`
          UPDATE deliveries SET status = ${final ? "failed" : "queued"}, last_error = ${clip(text)}, updated_at = now() ${final ? scrub : sql``}
           WHERE tenant_id = app_current_tenant() AND id = ${row.id} AND status = 'sending'`),
      );
      if (permanent) throw new UnrecoverableError(text);
      throw err;
    }
    // The provider has it now. Failing the job here would make BullMQ retry it and send it AGAIN
    // (the claim accepts 'sending'): issue 21 saw it with 3 api + 2 workers on one PostgreSQL, whose
    // connections ran out ("too many clients", 53300) right after the mails went out. So the mark
    // is retried for a while; only a database away longer than that leaves the at-least-once window.
    await markSent(
      () => batcher.markSent(tenantId, channel, { id: row.id, providerId, scrub: secret }),
      (attempt, err) =>
        deps.log?.warn(
          { channel, deliveryId: row.id, attempt, error: clip(err instanceof Error ? err.message : String(err)) },
          `${channel} sent but not marked as sent yet: retrying`,
        ),
    );
    deps.log?.info({ channel, deliveryId: row.id, event: row.event, attempt: row.attempts, providerId }, `${channel} sent`);
    return { status: "sent", providerId };
  };
}

/** Waits between tries of marking a sent delivery: about 30 s in all. */
export const MARK_SENT_WAITS_MS = [100, 250, 500, 1000, 2000, 4000, 8000, 15000];

/** Runs `mark` until it succeeds, waiting MARK_SENT_WAITS_MS between tries; the last error is thrown. */
export async function markSent(mark: () => Promise<unknown>, onRetry?: (attempt: number, err: unknown) => void, waits = MARK_SENT_WAITS_MS): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await mark();
      return;
    } catch (err) {
      const wait = waits[attempt - 1];
      if (wait === undefined) throw err;
      onRetry?.(attempt, err);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/**
 * maintenance/deliveries.requeue: deliveries still open after a while get their send job again
 * (jobId = delivery id, so a waiting or delayed job is kept; a job BullMQ gave up on is retried).
 * Covers a Redis that lost its data, a crash between planning and enqueueing, and retries used up
 * while PostgreSQL was unreachable.
 */
export async function requeueStale(deps: ProcessorDeps, olderThanSeconds = 120): Promise<{ requeued: number }> {
  const runtime = runtimeOf(deps);
  const rows = await deps.database.sql<
    { tenant_id: string; id: string; channel: Channel; status: string; send_after: Date | null; request_id: string | null }[]
  >`
    SELECT tenant_id, id, channel, status, send_after, request_id FROM deliveries
     WHERE status IN ('queued', 'sending') AND updated_at < now() - make_interval(secs => ${olderThanSeconds})
       -- An SMS held for quiet hours is looked at once its hour has come, not every minute of the night.
       AND (send_after IS NULL OR send_after <= now())
     ORDER BY created_at LIMIT 5000`;
  for (const r of rows) {
    const job = await runtime.queues[r.channel].getJob(r.id);
    const state = job ? await job.getState() : "missing";
    if (job && state === "failed") {
      // Gave up on something other than the provider (e.g. the database was away): try again.
      await job.updateData(sendJobData(r));
      await job.retry("failed");
    } else if (job && state === "completed") {
      await job.remove();
      await enqueueDelivery(runtime, r);
    } else if (!job) {
      await enqueueDelivery(runtime, r);
    }
  }
  return { requeued: rows.length };
}
