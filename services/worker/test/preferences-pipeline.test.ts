import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "@wijkwerk/config";
import { gsm7Length } from "@wijkwerk/domain";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { createRedis, writeOutbox, type EventJobName, type EventPayload, type OutboxMessage } from "@wijkwerk/queue";
// The API sets the preferences and reads the deliveries: the consultant's view of what arrived.
import { buildApp } from "../../api/src/app.ts";
import { createTransports } from "../src/notifications/runtime.ts";
import { daytimeClock, seedTenant, startPipeline, startSmsGateway, startSmtpSink, waitFor, type Pipeline } from "./notify-harness.ts";

// Issue 20, "Consent and preferences": messages respect a person's channels and quiet hours.
// Real SMTP listener, real HTTP SMS gateway stand-in, real BullMQ and PostgreSQL.
const INBOUND = "inbound-secret-prefs-pipeline-0123";
const base = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let config: Config;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
let pipeline: Pipeline;
// 11:00 Brussels on a working day, at real speed (the organisation's quiet hours never interfere).
const daytime = daytimeClock();
let api: Awaited<ReturnType<typeof buildApp>>;
let apiDb: Database;
let apiRedis: ReturnType<typeof createRedis>;

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 10 });
  smtp = await startSmtpSink();
  gateway = await startSmsGateway();
  config = loadConfig({
    ...process.env,
    DATABASE_URL: tdb.ownerUrl,
    PUBLIC_WEB_URL: "https://wijk.werk",
    SMTP_URL: smtp.url,
    SMS_GATEWAY_URL: gateway.url,
    SMS_GATEWAY_TOKEN: gateway.token,
  });
  pipeline = startPipeline({
    redisUrl: base.REDIS_URL,
    prefix: `pf${randomBytes(4).toString("hex")}`,
    database: owner,
    config,
    transports: createTransports(config),
    now: daytime,
  });
  apiDb = createDatabase(tdb.appUrl, { max: 3 });
  apiRedis = createRedis(base.REDIS_URL, "producer");
  api = await buildApp({
    config: loadConfig({
      ...process.env,
      DATABASE_URL: tdb.ownerUrl,
      DATABASE_APP_URL: tdb.appUrl,
      REDIS_PREFIX: `pa${randomBytes(4).toString("hex")}`,
      SMS_INBOUND_TOKEN: INBOUND,
    }),
    database: apiDb,
    redis: apiRedis,
  });
  await api.ready();
});
afterAll(async () => {
  await pipeline?.stop().catch(() => undefined);
  await Promise.allSettled([smtp?.close(), gateway?.close(), api?.close()]);
  await Promise.allSettled([apiDb?.close(), apiRedis?.quit()]);
  await owner?.close();
  await tdb?.drop();
});

interface Delivery {
  id: string;
  channel: string;
  status: string;
  last_error: string | null;
  send_after: Date | null;
}

async function emit<N extends EventJobName>(tenantId: string, name: N, payload: EventPayload<N>): Promise<string> {
  const [id] = await owner.withTenant(tenantId, (tx) => writeOutbox(tx, tenantId, { topic: `events/${name}`, payload } as OutboxMessage));
  return id!;
}
const deliveriesOf = (outboxId: string) => owner.sql<Delivery[]>`SELECT * FROM deliveries WHERE outbox_id = ${outboxId} ORDER BY channel`;
const settled = (outboxId: string, n: number) =>
  waitFor(async () => {
    const rows = await deliveriesOf(outboxId);
    return rows.length === n && rows.every((r) => r.status !== "queued" && r.status !== "sending") ? rows : undefined;
  }, `${n} settled deliveries of ${outboxId}`);
const smsTo = (phone: string) => gateway.accepted.filter((r) => r.to === phone);
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

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
    const t = await seedTenant(owner, { slug: "gent", workerEmail: "amina-gent@example.be" });
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
    const t = await seedTenant(owner, { slug: "aalst", workerEmail: "amina-aalst@example.be" });
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
    const job = await waitFor(async () => pipeline.queues.sms.getJob(sms.id), "the sms job");
    expect(await job.getState()).toBe("delayed");
    expect(job.opts.delay).toBeGreaterThan(50 * 60_000);
    expect(smsTo("+32471000001").filter((r) => r.reference === sms.id)).toHaveLength(0);
    // At 12:00 it goes out.
    await job.promote();
    const done = await settled(outboxId, 2);
    expect(done[1]!.status).toBe("sent");
    expect(gateway.accepted.filter((r) => r.reference === sms.id)).toHaveLength(1);
  });

  it("STOP by SMS: the next proposal sends no SMS (mail only); START: SMS again", async () => {
    const t = await seedTenant(owner, { slug: "eeklo", workerEmail: "amina-eeklo@example.be" });
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
    expect(gateway.accepted.filter((r) => r.reference === stopped[1]!.id)).toHaveLength(0);
    await inbound("START");
    const again = await settled(await propose(t), 2);
    expect(again.map((r) => [r.channel, r.status])).toEqual([
      ["email", "sent"],
      ["sms", "sent"],
    ]);
    expect(gateway.accepted.filter((r) => r.reference === again[1]!.id)).toHaveLength(1);
  });

  it("START by SMS: SMS on again and one short confirmation SMS in the worker's language (nl, fr, en), through the gateway", async () => {
    const says = { nl: "Je krijgt weer sms'en van ons.", fr: "Vous recevez à nouveau nos SMS.", en: "You will get our SMS again." } as const;
    for (const lang of ["nl", "fr", "en"] as const) {
      // A number of its own: the seeded one has open proposals in the tenants above, which routing prefers.
      const phone = `+324710002${["nl", "fr", "en"].indexOf(lang)}0`;
      const t = await seedTenant(owner, { slug: `start-${lang}`, workerLanguage: lang, workerSmsOptOut: true });
      await owner.sql`UPDATE workers SET phone = ${phone} WHERE id = ${t.workerId}`;
      const res = await api.inject({
        method: "POST",
        url: "/v1/sms/inbound",
        headers: { authorization: `Bearer ${INBOUND}` },
        payload: { from: phone, text: "start", messageId: randomUUID(), receivedAt: new Date().toISOString() },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ duplicate: false, interpretation: "start", outcome: "opted_in", reply: "started" });
      const [worker] = await owner.sql`SELECT sms_opt_out FROM workers WHERE id = ${t.workerId}`;
      expect(worker!.sms_opt_out).toBe(false);
      const sent = await waitFor(async () => {
        const [d] = await owner.sql<Delivery[]>`SELECT * FROM deliveries WHERE tenant_id = ${t.tenantId} AND event = 'sms.reply' AND status = 'sent'`;
        return d;
      }, `the START confirmation (${lang})`);
      expect(sent.channel).toBe("sms");
      const sms = gateway.accepted.filter((r) => r.reference === sent.id);
      expect(sms, lang).toHaveLength(1);
      expect(sms[0]!.to).toBe(phone);
      expect(sms[0]!.text).toContain(says[lang]);
      expect(sms[0]!.text).toContain("STOP");
      expect(gsm7Length(sms[0]!.text), sms[0]!.text).not.toBeNull();
      expect(gsm7Length(sms[0]!.text)!).toBeLessThanOrEqual(160);
    }
  });
});
