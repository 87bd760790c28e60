import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gsm7Length } from "@wijkwerk/domain";
import type { EventJobName, EventPayload } from "@wijkwerk/queue";
import {
  daytimeClock,
  emitEvent,
  outboxDeliveries,
  seedTenant,
  settledDeliveries,
  startFixture,
  waitFor,
  type ApiApp,
  type PipelineFixture,
} from "./notify-harness.ts";

// Issue 20, "Consent and preferences": messages respect a person's channels and quiet hours.
// Real SMTP listener, real HTTP SMS gateway stand-in, real BullMQ and PostgreSQL.
const INBOUND = "inbound-secret-prefs-pipeline-0123";
// 11:00 Brussels on a working day, at real speed (the organisation's quiet hours never interfere).
const daytime = daytimeClock();
let fx: PipelineFixture;
// The API sets the preferences and reads the deliveries: the consultant's view of what arrived.
let api: ApiApp;

beforeAll(async () => {
  fx = await startFixture({ prefix: "pf", now: daytime });
  api = await fx.startApi({ SMS_INBOUND_TOKEN: INBOUND });
});
afterAll(() => fx?.stop());

interface Delivery {
  id: string;
  channel: string;
  status: string;
  last_error: string | null;
  send_after: Date | null;
}

const emit = <N extends EventJobName>(tenantId: string, name: N, payload: EventPayload<N>) => emitEvent(fx.owner, tenantId, name, payload);
const deliveriesOf = (outboxId: string) => outboxDeliveries<Delivery>(fx.owner, outboxId);
const settled = (outboxId: string, n: number) => settledDeliveries<Delivery>(fx.owner, outboxId, n);
const smsTo = (phone: string) => fx.gateway.accepted.filter((r) => r.to === phone);
const mailsTo = (address: string) => fx.smtp.mails.filter((m) => m.to.includes(address));

async function setPreferences(tenantId: string, workerId: string, body: object) {
  const res = await api.inject({
    method: "PUT",
    url: `/v1/workers/${workerId}/preferences`,
    headers: { authorization: `Bearer ${api.jwt.sign({ sub: workerId, tid: tenantId, role: "worker", subjectId: workerId })}` },
    payload: body,
  });
  expect(res.statusCode).toBe(200);
}

const propose = async (t: Awaited<ReturnType<typeof seedTenant>>) =>
  emit(t.tenantId, "assignment.proposed", { assignmentId: await t.assignment(), workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" });

describe("messages respect the person's preferences (issue 20)", () => {
  it("opted out of SMS on their page: the proposal goes by mail only; the SMS is skipped with its reason, visible to the consultant", async () => {
    const t = await seedTenant(fx.owner, { slug: "gent", workerEmail: "amina-gent@example.be" });
    await setPreferences(t.tenantId, t.workerId, { sms: false, email: true, quietHours: null });
    const outboxId = await propose(t);
    const rows = await settled(outboxId, 2);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ["email", "sent"],
      ["sms", "suppressed"],
    ]);
    expect(rows[1]!.last_error).toMatch(/opt-out/);
    expect(mailsTo("amina-gent@example.be")).toHaveLength(1);
    expect(smsTo("+32471000001")).toHaveLength(0);
    const consultant = api.jwt.sign({ sub: randomUUID(), tid: t.tenantId, role: "consultant" });
    const list = await api.inject({ method: "GET", url: `/v1/deliveries?status=suppressed`, headers: { authorization: `Bearer ${consultant}` } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ channel: "sms", status: "suppressed" })]);
  });

  it("in the worker's own quiet hours (10:00–12:00) the SMS waits until 12:00 as a delayed job, the mail goes at once; at 12:00 it is delivered", async () => {
    const t = await seedTenant(fx.owner, { slug: "aalst", workerEmail: "amina-aalst@example.be" });
    await setPreferences(t.tenantId, t.workerId, { sms: true, email: true, quietHours: { from: "10:00", until: "12:00" } });
    const outboxId = await propose(t);
    const rows = await waitFor(async () => {
      const r = await deliveriesOf(outboxId);
      return r.length === 2 && r[0]!.status === "sent" ? r : undefined;
    }, "the mail");
    const sms = rows[1]!;
    expect(sms.status).toBe("queued");
    // 12:00 Brussels (CET) on the clock's day.
    expect(new Date(sms.send_after!).toISOString()).toBe("2026-03-03T11:00:00.000Z");
    const job = await waitFor(async () => fx.pipeline.queues.sms.getJob(sms.id), "the sms job");
    expect(await job.getState()).toBe("delayed");
    expect(job.opts.delay).toBeGreaterThan(50 * 60_000);
    expect(smsTo("+32471000001").filter((r) => r.reference === sms.id)).toHaveLength(0);
    // At 12:00 it goes out.
    await job.promote();
    const done = await settled(outboxId, 2);
    expect(done[1]!.status).toBe("sent");
    expect(fx.gateway.accepted.filter((r) => r.reference === sms.id)).toHaveLength(1);
  });

  it("STOP by SMS: the next proposal sends no SMS (mail only); START: SMS again", async () => {
    const t = await seedTenant(fx.owner, { slug: "eeklo", workerEmail: "amina-eeklo@example.be" });
    const phone = "+32471000001";
    const inbound = async (text: string) => {
      const res = await api.inject({
        method: "POST",
        url: "/v1/sms/inbound",
        headers: { authorization: `Bearer ${INBOUND}` },
        payload: { from: phone, text, messageId: randomUUID(), receivedAt: new Date().toISOString() },
      });
      expect(res.statusCode).toBe(200);
    };
    await inbound("STOP");
    const stopped = await settled(await propose(t), 2);
    expect(stopped.map((r) => [r.channel, r.status])).toEqual([
      ["email", "sent"],
      ["sms", "suppressed"],
    ]);
    expect(fx.gateway.accepted.filter((r) => r.reference === stopped[1]!.id)).toHaveLength(0);
    await inbound("START");
    const again = await settled(await propose(t), 2);
    expect(again.map((r) => [r.channel, r.status])).toEqual([
      ["email", "sent"],
      ["sms", "sent"],
    ]);
    expect(fx.gateway.accepted.filter((r) => r.reference === again[1]!.id)).toHaveLength(1);
  });

  it("START by SMS: SMS on again and one short confirmation SMS in the worker's language (nl, fr, en), through the gateway", async () => {
    const says = { nl: "Je krijgt weer sms'en van ons.", fr: "Vous recevez à nouveau nos SMS.", en: "You will get our SMS again." } as const;
    for (const lang of ["nl", "fr", "en"] as const) {
      // A number of its own: the seeded one has open proposals in the tenants above, which routing prefers.
      const phone = `+324710002${["nl", "fr", "en"].indexOf(lang)}0`;
      const t = await seedTenant(fx.owner, { slug: `start-${lang}`, workerLanguage: lang, workerSmsOptOut: true });
      await fx.owner.sql`UPDATE workers SET phone = ${phone} WHERE id = ${t.workerId}`;
      const res = await api.inject({
        method: "POST",
        url: "/v1/sms/inbound",
        headers: { authorization: `Bearer ${INBOUND}` },
        payload: { from: phone, text: "start", messageId: randomUUID(), receivedAt: new Date().toISOString() },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ duplicate: false, interpretation: "start", outcome: "opted_in", reply: "started" });
      const [worker] = await fx.owner.sql`SELECT sms_opt_out FROM workers WHERE id = ${t.workerId}`;
      expect(worker!.sms_opt_out).toBe(false);
      const sent = await waitFor(async () => {
        const [d] = await fx.owner.sql<Delivery[]>`SELECT * FROM deliveries WHERE tenant_id = ${t.tenantId} AND event = 'sms.reply' AND status = 'sent'`;
        return d;
      }, `the START confirmation (${lang})`);
      expect(sent.channel).toBe("sms");
      const sms = fx.gateway.accepted.filter((r) => r.reference === sent.id);
      expect(sms, lang).toHaveLength(1);
      expect(sms[0]!.to).toBe(phone);
      expect(sms[0]!.text).toContain(says[lang]);
      expect(sms[0]!.text).toContain("STOP");
      expect(gsm7Length(sms[0]!.text), sms[0]!.text).not.toBeNull();
      expect(gsm7Length(sms[0]!.text)!).toBeLessThanOrEqual(160);
    }
  });
});
