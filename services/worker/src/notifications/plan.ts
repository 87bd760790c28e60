import { UnrecoverableError, type Job } from "bullmq";
import { sql } from "drizzle-orm";
import { channelDecisions, fitsOneSms, smsSendAfterFor, type ChannelSkip } from "@wijkwerk/domain";
import { SECRET_EVENTS, SMS_EVENTS, type EventName } from "@wijkwerk/notify";
import { isMessageTopic, JOB_REQUEST_ID, jobRequestId, payloadProblem, type EventJobName } from "@wijkwerk/queue";
import type { ProcessorDeps } from "../processors/index.ts";
import { isEventJob, LOADERS, PayloadError, type LoadContext, type Loader, type PlannedMessage } from "./events.ts";
import { organisation, organisationPhone, type Channel } from "./recipients.ts";
import type { NotifyRuntime } from "./runtime.ts";

export type DeliveryRow = {
  tenant_id: string;
  id: string;
  channel: Channel;
  status: string;
  send_after: Date | string | null;
  /** The request whose change this message announces (issue 21); null for scheduled work. */
  request_id?: string | null;
};

interface NewDelivery {
  channel: Channel;
  key: string;
  message: PlannedMessage;
  to: string | null;
  status: "queued" | "failed" | "suppressed";
  reason: string | null;
  subject: string | null;
  text: string | null;
  html: string | null;
  sendAfter: Date | null;
}

export function runtimeOf(deps: ProcessorDeps): NotifyRuntime {
  if (!deps.notify) throw new UnrecoverableError("notifications are not configured in this process (deps.notify)");
  return deps.notify;
}

/**
 * events/<name>: decide who is told, render in their language and record one `deliveries` row per
 * channel with a stable key, in one tenant transaction; then enqueue the queued ones. A retried
 * event job (or an outbox row relayed twice) hits ON CONFLICT and re-enqueues the same deliveries,
 * whose jobId is the delivery id: nothing is sent twice.
 */
export async function planDeliveries(job: Job, deps: ProcessorDeps): Promise<{ deliveries: number; queued: number }> {
  const runtime = runtimeOf(deps);
  const payload = (job.data ?? {}) as Record<string, unknown>;
  const tenantId = typeof payload.tenantId === "string" ? payload.tenantId : undefined;
  if (!tenantId) throw new UnrecoverableError(`${job.name}: payload.tenantId is missing`);
  const topic = `events/${job.name}`;
  if (!isMessageTopic(topic) || !isEventJob(job.name)) throw new UnrecoverableError(`no notification loader for ${job.name}`);
  // The producer broke the contract (@wijkwerk/queue MESSAGES): retrying cannot help.
  const problem = payloadProblem(topic, payload);
  if (problem) throw new UnrecoverableError(`${job.name}: payload ${problem}`);
  // Checked just above against the schema of this very event.
  const loader = LOADERS[job.name] as Loader<EventJobName>;
  const checked = payload as LoadContext<EventJobName>["payload"];
  const now = runtime.now();
  const outboxId = job.id ?? "";
  const requestId = jobRequestId(payload) ?? null;

  let rows: DeliveryRow[];
  try {
    rows = await deps.database.withTenant(tenantId, async (tx) => {
      const messages = await loader({ tx, payload: checked, config: deps.config, now });
      if (messages.length === 0) return [];
      const org = await organisation(tx);
      const planned = messages.flatMap((m) => prepare(runtime, m, org.name, organisationPhone(org, m.recipient.language), outboxId, now));
      const out: DeliveryRow[] = [];
      for (const d of planned) {
        const r = d.message.recipient;
        const inserted = await tx.execute<DeliveryRow>(sql`
          INSERT INTO deliveries (tenant_id, outbox_id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key,
                                  status, subject, body_text, body_html, last_error, send_after, request_id)
          VALUES (app_current_tenant(), ${/^[0-9a-f-]{36}$/i.test(outboxId) ? outboxId : null}, ${d.message.event}, ${d.channel}, ${r.type}, ${r.id},
                  ${d.to}, ${language(r.language)}, ${d.key}, ${d.status}, ${d.subject}, ${d.text}, ${d.html}, ${d.reason},
                  ${d.sendAfter ? d.sendAfter.toISOString() : null}::timestamptz, ${requestId})
          ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
          RETURNING tenant_id, id, channel, status, send_after, request_id`);
        if (inserted[0]) {
          out.push(inserted[0]);
          continue;
        }
        // Already planned by an earlier run of this job: enqueue that one again if it is still open.
        const existing = await tx.execute<DeliveryRow>(sql`
          SELECT tenant_id, id, channel, status, send_after, request_id FROM deliveries
           WHERE tenant_id = app_current_tenant() AND idempotency_key = ${d.key}`);
        if (existing[0]) out.push(existing[0]);
      }
      if (SECRET_EVENTS.includes(job.name as EventName)) {
        // The plain code lives on only in the delivery until it is sent (see README "Sign-in codes").
        await tx.execute(sql`UPDATE outbox SET payload = payload - 'code' WHERE tenant_id = app_current_tenant() AND id::text = ${outboxId}`);
      }
      return out;
    });
  } catch (err) {
    if (err instanceof PayloadError) throw new UnrecoverableError(`${job.name}: ${err.message}`);
    throw err;
  }

  let queued = 0;
  for (const row of rows) {
    if (row.status !== "queued" && row.status !== "sending") continue;
    await enqueueDelivery(runtime, row);
    queued++;
  }
  // Ids and counts only: the rows hold addresses and message texts (sign-in codes among them).
  deps.log?.info({ tenantId, deliveries: rows.map((r) => ({ id: r.id, channel: r.channel, status: r.status })), queued }, "deliveries planned");
  if (SECRET_EVENTS.includes(job.name as EventName) && typeof payload.code === "string") {
    const { code: _code, ...rest } = payload;
    await job.updateData(rest).catch(() => undefined);
  }
  return { deliveries: rows.length, queued };
}

/** Adds the send job for a delivery; jobId = delivery id, so adding twice keeps one job. */
export async function enqueueDelivery(runtime: NotifyRuntime, row: DeliveryRow): Promise<void> {
  const sendAfter = row.send_after ? new Date(row.send_after) : null;
  const delay = sendAfter ? Math.max(0, sendAfter.getTime() - runtime.now().getTime()) : 0;
  await runtime.queues[row.channel].add("send", sendJobData(row), { jobId: row.id, ...(delay > 0 ? { delay } : {}) });
}

/** A send job's data: the delivery, and the request it came from for the send logs. */
export function sendJobData(row: Pick<DeliveryRow, "tenant_id" | "id" | "request_id">): Record<string, string> {
  return { tenantId: row.tenant_id, deliveryId: row.id, ...(row.request_id ? { [JOB_REQUEST_ID]: row.request_id } : {}) };
}

/** Why a channel was skipped, in Dutch for the consultant's delivery list. */
const SKIP_REASON: Record<ChannelSkip, Record<Channel, string>> = {
  no_address: { email: "Geen e-mailadres bekend.", sms: "Geen gsm-nummer bekend." },
  opted_out: { email: "Wil geen e-mails (opt-out).", sms: "Wil geen sms'en (opt-out)." },
};

const language = (l: string) => (l === "fr" || l === "en" ? l : "nl");

function prepare(runtime: NotifyRuntime, m: PlannedMessage, organisationName: string, organisationPhone: string, outboxId: string, now: Date): NewDelivery[] {
  const r = m.recipient;
  const hasSms = SMS_EVENTS.includes(m.event as EventName);
  const channels = (m.channels ?? (hasSms ? ["email", "sms"] : ["email"])).filter((c) => c === "email" || hasSms);
  const base = { organisationName, organisationPhone, recipientName: r.name };
  const lang = language(r.language);
  let rendered: ReturnType<NotifyRuntime["renderer"]["render"]>;
  let smsText: string | undefined;
  try {
    rendered = runtime.renderer.render(m.event, lang, { ...base, ...m.data } as never);
    smsText = m.smsData ? runtime.renderer.render(m.event, lang, { ...base, ...m.data, ...m.smsData } as never).sms : rendered.sms;
  } catch (err) {
    // Templates are strict: missing data is a contract problem that no retry fixes.
    throw new PayloadError(`template ${m.event}/${lang}: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Issue 20: where the person lets messages go (address and opt-out per channel, packages/domain).
  const decisions = channelDecisions(channels, r);
  return decisions.map((decision): NewDelivery => {
    const channel = decision.channel;
    const to = channel === "email" ? r.email : r.phone;
    const key = `${outboxId}:${channel}:${r.type}:${r.id ?? to ?? "-"}`;
    const d: NewDelivery = { channel, key, message: m, to, status: "queued", reason: null, subject: null, text: null, html: null, sendAfter: null };
    if (channel === "email") {
      d.subject = rendered.email?.subject ?? null;
      d.text = rendered.email?.text ?? null;
      d.html = rendered.email?.html ?? null;
    } else {
      d.text = smsText ?? null;
    }
    if (!decision.send) return { ...d, status: "suppressed", reason: SKIP_REASON[decision.skip][channel] };
    if (channel === "sms") {
      // One SMS or none: a message split in two arrives out of order on basic phones and costs double.
      if (!d.text || !fitsOneSms(d.text))
        return { ...d, status: "failed", reason: `De sms past niet in één bericht van 160 tekens (${d.text?.length ?? 0} tekens); niet verstuurd.` };
      if (!m.urgent) {
        // The organisation's quiet hours and the person's own (issue 20): the later end holds.
        const after = smsSendAfterFor(now, r.quiet);
        if (after.getTime() !== now.getTime()) d.sendAfter = after;
      }
    }
    return d;
  });
}
