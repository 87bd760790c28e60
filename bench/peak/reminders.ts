import type { Database } from "@wijkwerk/db";
import type { Sink } from "../lib/zero-sinks.ts";

export interface BurstResult {
  reminders: number;
  /** Deliveries planned for the burst's reminders, and how many of those were sent. */
  planned: number;
  sent: number;
  /** Held for quiet hours (21:00–08:00 in Brussels): sent in the morning, not in this burst. */
  held: number;
  /** Not to be sent: the person opted out of the channel (suppressed), or it cannot go (failed). */
  notSent: number;
  /** Messages the SMTP listener and the gateway received meanwhile (the load's own messages too). */
  atSinks: number;
  /** From making the reminders due to the last one sent (or to giving up waiting). */
  seconds: number;
}

/**
 * The reminders burst: `n` of tomorrow's accepted visits get their reminder made due at once, as
 * the evening-before reminders of a whole day fall due together. They go the way every reminder
 * goes: an outbox row, relayed by the worker process into BullMQ, planned into deliveries in the
 * worker's language and channel, sent to the SMTP listener or the SMS gateway stand-in. `start`
 * makes them due and returns a function that waits (at most `waitSeconds`) until every planned
 * delivery is sent or held, then reports.
 */
export async function startBurst(owner: Database, n: number, sinks: Sink[], waitSeconds = 120): Promise<() => Promise<BurstResult>> {
  const started = Date.now();
  const before = sinks.reduce((s, x) => s + x.count(), 0);
  const rows = await owner.sql<{ id: string }[]>`
    WITH next AS (
      SELECT a.tenant_id, a.id, a.job_id, a.worker_id, a.client_id FROM assignments a
       WHERE a.created_by_id = 'bench-reminder' AND a.status = 'accepted'
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.tenant_id = a.tenant_id AND o.topic = 'events/assignment.reminder' AND o.payload->>'assignmentId' = a.id::text)
       ORDER BY a.id LIMIT ${n})
    INSERT INTO outbox (tenant_id, topic, payload, available_at)
    SELECT tenant_id, 'events/assignment.reminder', jsonb_build_object('tenantId', tenant_id, 'assignmentId', id, 'jobId', job_id, 'workerId', worker_id, 'clientId', client_id), now()
      FROM next
    RETURNING id`;
  const ids = rows.map((r) => r.id);
  return async () => {
    let state = { planned: 0, sent: 0, held: 0, notSent: 0, relayed: 0 };
    let stable = 0;
    for (;;) {
      const [r] = await owner.sql<{ planned: number; sent: number; held: number; notSent: number; relayed: number }[]>`
        SELECT count(*)::int AS planned,
               count(*) FILTER (WHERE d.status = 'sent')::int AS sent,
               count(*) FILTER (WHERE d.status = 'queued' AND d.send_after > now())::int AS held,
               count(*) FILTER (WHERE d.status IN ('suppressed', 'failed'))::int AS "notSent",
               (SELECT count(*) FROM outbox o WHERE o.id = ANY(${ids}::uuid[]) AND o.relayed_at IS NOT NULL)::int AS relayed
          FROM deliveries d WHERE d.outbox_id = ANY(${ids}::uuid[])`;
      // Relayed is not enough: the event jobs plan the deliveries after it, one per reminder (a worker
      // always has a phone), none for a worker who opted out of both channels: so done once a delivery
      // per reminder is sent or held, or once what was planned is and nothing new came for 10 s.
      stable = r!.planned === state.planned ? stable + 1 : 0;
      const done = r!.relayed === ids.length && r!.sent + r!.held + r!.notSent >= r!.planned && (r!.planned >= ids.length || (r!.planned > 0 && stable >= 40));
      state = r!;
      if (done || Date.now() - started > waitSeconds * 1000) break;
      await new Promise((res) => setTimeout(res, 250));
    }
    return {
      reminders: ids.length,
      planned: state.planned,
      sent: state.sent,
      held: state.held,
      notSent: state.notSent,
      atSinks: sinks.reduce((s, x) => s + x.count(), 0) - before,
      seconds: (Date.now() - started) / 1000,
    };
  };
}
