import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import type { EventJobName, EventPayload } from "@wijkwerk/queue";
import { createTransports } from "../src/notifications/runtime.ts";
import { requeueStale } from "../src/notifications/send.ts";
import {
  daytimeClock,
  emitEvent,
  outboxDeliveries,
  seedTenant,
  settledDeliveries,
  startFixture,
  startPipeline,
  waitFor,
  type ApiApp,
  type PipelineFixture,
} from "./notify-harness.ts";
import { startRedisServer } from "./redis-server.ts";

// Issue "Notifications: outbox to SMS and email, reliably": real SMTP listener, real HTTP gateway,
// real BullMQ workers on a private Redis prefix, real PostgreSQL.
let fx: PipelineFixture;
let fakeNow: Date | null = null;
// Tests that do not set fakeNow run at 11:00 Brussels, whatever the real hour (quiet hours).
const daytime = daytimeClock();
let t: Awaited<ReturnType<typeof seedTenant>>;
// The API reads what the worker wrote: GET /v1/deliveries is how consultants see a failed SMS.
let api: ApiApp;

interface Delivery {
  id: string;
  event: string;
  channel: string;
  status: string;
  language: string;
  to_address: string | null;
  attempts: number;
  last_error: string | null;
  provider_id: string | null;
  send_after: Date | null;
  recipient_type: string;
  body_text: string | null;
}

beforeAll(async () => {
  fx = await startFixture({ prefix: "nt", now: () => fakeNow ?? daytime() });
  t = await seedTenant(fx.owner, { slug: "gent", workerLanguage: "fr" });
  api = await fx.startApi();
});
afterAll(() => fx?.stop());

const emit = <N extends EventJobName>(tenantId: string, name: N, payload: EventPayload<N>) => emitEvent(fx.owner, tenantId, name, payload);
const deliveriesOf = (outboxId: string) => outboxDeliveries<Delivery>(fx.owner, outboxId);
const settled = (outboxId: string, n: number) => settledDeliveries<Delivery>(fx.owner, outboxId, n);
const body = (raw: string) => unfold(raw).replace(/=\r?\n/g, "");
const mailsTo = (address: string) => fx.smtp.mails.filter((m) => m.to.includes(address));
const smsTo = (phone: string) => fx.gateway.accepted.filter((r) => r.to === phone);
const unfold = (raw: string) => raw.replace(/\r?\n[ \t]+/g, " ");

describe("events → deliveries → SMTP / SMS gateway", () => {
  it("an assignment proposal reaches the worker exactly once by mail and by SMS, in French (the activity too, issue 17)", async () => {
    const assignmentId = await t.assignment();
    const respondUrl = `https://wijk.werk/assignments/${assignmentId}/respond?token=${"x".repeat(200)}`;
    const outboxId = await emit(t.tenantId, "assignment.proposed", { assignmentId, workerId: t.workerId, jobId: t.jobId, respondUrl });
    const rows = await settled(outboxId, 2);
    expect(rows.map((r) => [r.channel, r.status, r.language, r.recipient_type])).toEqual([
      ["email", "sent", "fr", "worker"],
      ["sms", "sent", "fr", "worker"],
    ]);
    const mails = mailsTo("amina@example.be");
    expect(mails).toHaveLength(1);
    expect(unfold(mails[0]!.raw)).toContain("Subject: Nouveau travail pour vous : Tondre la pelouse");
    // The signed link is in the mail; the SMS points to the (short) worker page.
    expect(unfold(mails[0]!.raw).replace(/=\r?\n/g, "")).toContain("respond?token=");
    const sms = smsTo("+32471000001");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toMatch(/^Travail Tondre la pelouse .* Oui\/non : https:\/\/wijk\.werk\/werker$/);
    expect(sms[0]!.authorization).toBe(`Bearer ${fx.gateway.token}`);
    expect(sms[0]!.reference).toBe(rows[1]!.id);
    expect(rows[1]!.provider_id).toMatch(/^gw-/);
  });

  it("a retried event job and replayed send jobs send nothing twice", async () => {
    const assignmentId = await t.assignment();
    const outboxId = await emit(t.tenantId, "assignment.proposed", { assignmentId, workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" });
    const first = await settled(outboxId, 2);
    const mailsBefore = mailsTo("amina@example.be").length;
    const smsBefore = smsTo("+32471000001").length;
    // Simulate the worst case: the events job is gone from Redis and the outbox row is relayed again.
    await (await fx.pipeline.queues.events.getJob(outboxId))?.remove();
    await fx.owner.sql`UPDATE outbox SET relayed_at = NULL WHERE id = ${outboxId}`;
    await waitFor(async () => (await fx.pipeline.queues.events.getJob(outboxId))?.finishedOn, "the replayed events job");
    expect((await fx.pipeline.queues.events.getJob(outboxId))!.returnvalue).toEqual({ deliveries: 2, queued: 0 });
    // And send jobs replayed for deliveries that are already sent: the claim refuses them.
    for (const d of first) {
      const ch = d.channel as "email" | "sms";
      await (await fx.pipeline.queues[ch].getJob(d.id))?.remove();
      await fx.pipeline.queues[ch].add("send", { tenantId: t.tenantId, deliveryId: d.id }, { jobId: d.id });
    }
    const replayed = await waitFor(async () => {
      const jobs = await Promise.all(first.map((d) => fx.pipeline.queues[d.channel as "email" | "sms"].getJob(d.id)));
      return jobs.every((j) => j?.finishedOn) ? jobs : undefined;
    }, "the replayed send jobs");
    expect(replayed.map((j) => j!.returnvalue)).toEqual([{ status: "sent" }, { status: "sent" }]);
    const again = await deliveriesOf(outboxId);
    expect(again.map((d) => d.id)).toEqual(first.map((d) => d.id));
    expect(again.map((d) => d.attempts)).toEqual([1, 1]);
    expect(mailsTo("amina@example.be")).toHaveLength(mailsBefore);
    expect(smsTo("+32471000001")).toHaveLength(smsBefore);
  });

  it("a transient gateway 503 is retried with backoff and then sent", async () => {
    const assignmentId = await t.assignment("accepted");
    fx.gateway.plan.push(503, 503);
    const before = fx.gateway.requests.length;
    const outboxId = await emit(t.tenantId, "assignment.reminder", { assignmentId, workerId: t.workerId, clientId: t.clientId, jobId: t.jobId });
    const rows = await settled(outboxId, 2);
    const sms = rows.find((r) => r.channel === "sms")!;
    expect(sms.status).toBe("sent");
    expect(sms.attempts).toBe(3);
    expect(sms.last_error).toBeNull();
    expect(fx.gateway.requests.length - before).toBe(3);
  });

  it("a gateway 400 is final: failed with the gateway's answer, not retried, visible via GET /v1/deliveries", async () => {
    const assignmentId = await t.assignment("accepted");
    fx.gateway.plan.push(400);
    const before = fx.gateway.requests.length;
    const outboxId = await emit(t.tenantId, "assignment.reminder", { assignmentId, workerId: t.workerId, clientId: t.clientId, jobId: t.jobId });
    const rows = await settled(outboxId, 2);
    const sms = rows.find((r) => r.channel === "sms")!;
    expect(sms.status).toBe("failed");
    expect(sms.attempts).toBe(1);
    expect(sms.last_error).toContain("SMS gateway answered 400");
    expect(rows.find((r) => r.channel === "email")!.status).toBe("sent");
    await new Promise((r) => setTimeout(r, 300));
    expect(fx.gateway.requests.length - before).toBe(1);
    // Visible to a consultant over the API, with the gateway's reason.
    const token = api.jwt.sign({ sub: randomUUID(), tid: t.tenantId, role: "consultant" });
    const res = await api.inject({
      url: `/v1/deliveries?status=failed&recipientType=worker&recipientId=${t.workerId}&event=assignment.reminder`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: sms.id, status: "failed", channel: "sms", attempts: 1, lastError: expect.stringContaining("SMS gateway answered 400") }),
    ]);
  });

  it("opt-out and a missing address are recorded as suppressed and never sent", async () => {
    const other = await seedTenant(fx.owner, { slug: "aalst", workerSmsOptOut: true, workerEmail: null });
    const assignmentId = await other.assignment();
    const before = fx.gateway.requests.length;
    const outboxId = await emit(other.tenantId, "assignment.proposed", {
      assignmentId,
      workerId: other.workerId,
      jobId: other.jobId,
      respondUrl: "https://wijk.werk/r",
    });
    const rows = await settled(outboxId, 2);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ["email", "suppressed"],
      ["sms", "suppressed"],
    ]);
    expect(rows[0]!.last_error).toMatch(/Geen e-mailadres/);
    expect(rows[1]!.last_error).toMatch(/opt-out/);
    expect(fx.gateway.requests.length).toBe(before);
  });

  it("an SMS at 22:30 Brussels waits until 08:00; the mail goes at once", async () => {
    fakeNow = new Date("2026-01-14T21:30:00Z"); // 22:30 in Brussels (CET)
    try {
      const assignmentId = await t.assignment();
      const outboxId = await emit(t.tenantId, "assignment.proposed", { assignmentId, workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" });
      const rows = await waitFor(async () => {
        const r = await deliveriesOf(outboxId);
        return r.length === 2 && r[0]!.status === "sent" ? r : undefined;
      }, "the mail");
      const sms = rows[1]!;
      expect(sms.status).toBe("queued");
      expect(new Date(sms.send_after!).toISOString()).toBe("2026-01-15T07:00:00.000Z");
      const job = await waitFor(async () => fx.pipeline.queues.sms.getJob(sms.id), "the sms job");
      expect(await job.getState()).toBe("delayed");
      expect(job.opts.delay).toBe(9.5 * 3_600_000);
      // At 08:00 it goes out.
      fakeNow = null;
      await job.promote();
      const done = await settled(outboxId, 2);
      expect(done[1]!.status).toBe("sent");
    } finally {
      fakeNow = null;
    }
  });

  it("a cancellation for today is urgent: its SMS ignores quiet hours", async () => {
    fakeNow = new Date("2026-01-14T21:30:00Z");
    try {
      const assignmentId = await t.assignment("accepted", "2026-01-14T22:00:00Z");
      const outboxId = await emit(t.tenantId, "assignment.cancelled", {
        assignmentId,
        workerId: t.workerId,
        clientId: t.clientId,
        jobId: t.jobId,
        cancelledBy: "consultant",
        reason: "Ziek",
        notify: ["worker"],
      });
      const rows = await settled(outboxId, 2);
      expect(rows.map((r) => [r.channel, r.status, r.send_after])).toEqual([
        ["email", "sent", null],
        ["sms", "sent", null],
      ]);
    } finally {
      fakeNow = null;
    }
  });

  it("an SMS that does not fit one message is failed with a clear reason instead of sent as two", async () => {
    const assignmentId = await t.assignment();
    const before = fx.gateway.requests.length;
    const outboxId = await emit(t.tenantId, "assignment.proposed", {
      assignmentId,
      workerId: t.workerId,
      jobId: t.jobId,
      respondUrl: "https://wijk.werk/r",
      shortUrl: `https://wijk.werk/${"a".repeat(120)}`,
    });
    const rows = await settled(outboxId, 2);
    expect(rows[1]!.status).toBe("failed");
    expect(rows[1]!.last_error).toMatch(/past niet in één bericht van 160 tekens/);
    expect(fx.gateway.requests.length).toBe(before);
  });

  it("a stale proposal (already declined) sends nothing", async () => {
    const assignmentId = await t.assignment("declined");
    const outboxId = await emit(t.tenantId, "assignment.proposed", { assignmentId, workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" });
    await waitFor(async () => (await fx.pipeline.queues.events.getJob(outboxId))?.finishedOn, "the events job");
    expect(await deliveriesOf(outboxId)).toHaveLength(0);
  });

  it("an event whose payload breaks its contract fails at once, is not retried, and sends nothing (issue 15 item 4)", async () => {
    // Written around the typed writer, as a faulty producer (or hand-made SQL) would.
    const [row] = await fx.owner.sql<{ id: string }[]>`
      INSERT INTO outbox (tenant_id, topic, payload) VALUES (${t.tenantId}, 'events/assignment.reminder', ${JSON.stringify({ assignmentId: randomUUID(), tenantId: t.tenantId })}::jsonb) RETURNING id`;
    const outboxId = row!.id;
    await waitFor(async () => (await (await fx.pipeline.queues.events.getJob(outboxId))?.getState()) === "failed", "the failed events job");
    const job = await fx.pipeline.queues.events.getJob(outboxId);
    expect(job!.failedReason).toMatch(/assignment\.reminder: payload \/(jobId|workerId|clientId)/);
    expect(job!.attemptsMade).toBe(1);
    expect(await deliveriesOf(outboxId)).toHaveLength(0);
  });

  it("a sign-in code goes only by the channel asked for, and the code does not stay in the database", async () => {
    const outboxId = await emit(t.tenantId, "auth.code", {
      authCodeId: randomUUID(),
      subjectType: "worker",
      subjectId: t.workerId,
      channel: "sms",
      destination: "+32471000001",
      code: "482913",
      validMinutes: 10,
    });
    const rows = await settled(outboxId, 1);
    expect(rows[0]!).toMatchObject({ channel: "sms", status: "sent", body_text: null });
    expect(smsTo("+32471000001").at(-1)!.text).toMatch(/^482913 /);
    const [o] = await fx.owner.sql<{ payload: Record<string, unknown> }[]>`SELECT payload FROM outbox WHERE id = ${outboxId}`;
    expect(o!.payload.code).toBeUndefined();
  });

  it("issue 20: a password link goes by mail to the staff member only, and its code does not stay in the database", async () => {
    const staffId = randomUUID();
    const linkId = randomUUID();
    await fx.owner
      .sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash, invited_at) VALUES (${t.tenantId}, ${staffId}, 'nieuw@gent.be', 'Nieuw', 'finance', 'x', now())`;
    await fx.owner
      .sql`INSERT INTO staff_links (tenant_id, id, staff_id, purpose, code_hash, expires_at) VALUES (${t.tenantId}, ${linkId}, ${staffId}, 'invite', 'h', now() + interval '7 days')`;
    const code = "Zx8_Qv2-Lm4Np6Rt8Vw0Yb2Df4Hj6Kl8";
    const outboxId = await emit(t.tenantId, "staff.invite", { staffId, linkId, code, expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    const rows = await settled(outboxId, 1);
    expect(rows[0]!).toMatchObject({ channel: "email", status: "sent", to_address: "nieuw@gent.be", body_text: null, body_html: null });
    // Quoted-printable: "=" travels as "=3D".
    const text = body(mailsTo("nieuw@gent.be").at(-1)!.raw).replace(/=3D/g, "=");
    expect(text).toContain(`/wachtwoord-kiezen?o=gent&c=${code}`);
    expect(text).toContain("omdat u een account hebt bij");
    const [o] = await fx.owner.sql<{ payload: Record<string, unknown> }[]>`SELECT payload FROM outbox WHERE id = ${outboxId}`;
    expect(o!.payload.code).toBeUndefined();
  });

  it("the requeue sweep retries a send job BullMQ gave up on while the delivery is still open", async () => {
    const id = randomUUID();
    await fx.owner
      .sql`INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, subject, body_text, body_html, updated_at)
      VALUES (${t.tenantId}, ${id}, 'vouchers.low', 'email', 'client', ${t.clientId}, 'stuck@example.be', 'nl', ${`stuck:${id}`}, 'queued', 'Bijna op', 'Tekst', '<p>Tekst</p>', now() - interval '10 minutes')`;
    // A job that died without a usable payload ends in BullMQ's failed set; the row stays queued.
    await fx.pipeline.queues.email.add("send", {}, { jobId: id, attempts: 1 });
    await waitFor(async () => (await (await fx.pipeline.queues.email.getJob(id))?.getState()) === "failed", "the failed job");
    expect(mailsTo("stuck@example.be")).toHaveLength(0);
    await requeueStale(fx.pipeline.deps, 60);
    await waitFor(
      async () => (await fx.owner.sql<{ status: string }[]>`SELECT status FROM deliveries WHERE id = ${id}`)[0]?.status === "sent",
      "the retried delivery",
    );
    expect(mailsTo("stuck@example.be")).toHaveLength(1);
  });

  it("consultant events go by mail to every active consultant", async () => {
    await fx.owner.sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES
      (${t.tenantId}, ${randomUUID()}, 'lies@gent.be', 'Lies', 'consultant', 'x'), (${t.tenantId}, ${randomUUID()}, 'fin@gent.be', 'Fin', 'finance', 'x')`;
    const assignmentId = await t.assignment("expired");
    const outboxId = await emit(t.tenantId, "assignment.expired", {
      assignmentId,
      jobId: t.jobId,
      workerId: t.workerId,
      clientId: t.clientId,
      notify: ["consultant"],
    });
    const rows = await settled(outboxId, 1);
    expect(rows[0]!).toMatchObject({ channel: "email", status: "sent", recipient_type: "staff", to_address: "lies@gent.be" });
    expect(mailsTo("fin@gent.be")).toHaveLength(0);
  });

  it("a declined proposal and disputed hours reach the consultants by mail, with the reason", async () => {
    const declined = await t.assignment("declined");
    const d = await emit(t.tenantId, "assignment.declined", {
      assignmentId: declined,
      jobId: t.jobId,
      workerId: t.workerId,
      clientId: t.clientId,
      reason: "Sollicitatiegesprek bij de VDAB",
    });
    expect((await settled(d, 1))[0]!).toMatchObject({ channel: "email", status: "sent", to_address: "lies@gent.be" });
    expect(mailsTo("lies@gent.be").some((m) => body(m.raw).includes("Sollicitatiegesprek bij de VDAB") && body(m.raw).includes("Voorstel geweigerd"))).toBe(
      true,
    );

    const a = await t.assignment("accepted");
    const entry = randomUUID();
    await fx.owner
      .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id, dispute_reason)
      VALUES (${t.tenantId}, ${entry}, ${a}, ${t.workerId}, ${t.clientId}, '2026-03-03', 180, 3, 'disputed', 'worker', 'w', 'Maar twee uur, niet drie')`;
    const e = await emit(t.tenantId, "time_entry.disputed", {
      timeEntryId: entry,
      clientId: t.clientId,
      workerId: t.workerId,
      date: "2026-03-03",
      reason: "Maar twee uur, niet drie",
    });
    expect((await settled(e, 1))[0]!).toMatchObject({ channel: "email", status: "sent", to_address: "lies@gent.be", event: "time_entry.disputed" });
    expect(mailsTo("lies@gent.be").some((m) => body(m.raw).includes("Maar twee uur, niet drie") && body(m.raw).includes("Uren betwist"))).toBe(true);
  });

  it("a worker promoted from the waiting list is told by mail and SMS", async () => {
    const e = await emit(t.tenantId, "training.promoted", {
      sessionId: randomUUID(),
      trainingId: randomUUID(),
      training: "Tuinonderhoud",
      workerId: t.workerId,
      startsAt: "2026-03-10T08:30:00Z",
      endsAt: "2026-03-10T11:30:00Z",
      location: "Buurtcentrum Rabot",
    });
    const rows = await settled(e, 2);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ["email", "sent"],
      ["sms", "sent"],
    ]);
    expect(smsTo("+32471000001").some((m) => m.text.includes("Tuinonderhoud") && m.text.includes("Buurtcentrum Rabot"))).toBe(true);
  });
});

describe("Redis stopped and restarted", () => {
  // One relay per outbox: the shared pipeline on the local Redis would pick up the rows too.
  beforeAll(async () => fx.pipeline.stop());

  it("loses nothing: outbox rows wait, lost send jobs are requeued, everything is sent after the restart", async () => {
    const redis = await startRedisServer();
    const p = startPipeline({
      redisUrl: redis.url,
      prefix: "restart",
      database: fx.owner,
      config: fx.config,
      transports: createTransports(fx.config),
      now: daytimeClock(),
    });
    let again: Awaited<ReturnType<typeof startRedisServer>> | undefined;
    try {
      const a1 = await t.assignment();
      const first = await emit(t.tenantId, "assignment.proposed", {
        assignmentId: a1,
        workerId: t.workerId,
        jobId: t.jobId,
        respondUrl: "https://wijk.werk/r",
      });
      await settled(first, 2);

      await redis.stop();
      const a2 = await t.assignment();
      const a3 = await t.assignment();
      const during = [
        await emit(t.tenantId, "assignment.proposed", { assignmentId: a2, workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" }),
        await emit(t.tenantId, "assignment.proposed", { assignmentId: a3, workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" }),
      ];
      // A delivery that was planned but whose send job died with Redis' memory.
      const lost = randomUUID();
      await fx.owner
        .sql`INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text, updated_at)
        VALUES (${t.tenantId}, ${lost}, 'auth.code', 'sms', 'worker', ${t.workerId}, '+32471000001', 'nl', ${`lost:${lost}`}, 'queued', 'Lost but found', now() - interval '10 minutes')`;
      await new Promise((r) => setTimeout(r, 700));
      const [waiting] = await fx.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE id = ANY(${during}::uuid[]) AND relayed_at IS NULL`;
      expect(waiting!.n).toBe(2);

      again = await startRedisServer(redis.port);
      await fx.owner.sql`UPDATE outbox SET available_at = now() WHERE relayed_at IS NULL`;
      for (const id of during) await settled(id, 2);
      expect((await requeueStale(p.deps, 60)).requeued).toBeGreaterThanOrEqual(1);
      await waitFor(
        async () => (await fx.owner.sql<{ status: string }[]>`SELECT status FROM deliveries WHERE id = ${lost}`)[0]?.status === "sent",
        "the requeued delivery",
      );
      for (const id of during) expect((await deliveriesOf(id)).map((d) => d.status)).toEqual(["sent", "sent"]);
      expect(fx.gateway.accepted.filter((r) => r.text === "Lost but found")).toHaveLength(1);
    } finally {
      await p.stop();
      await again?.stop();
      await redis.stop();
    }
  }, 60_000);
});

describe("development default", () => {
  it("without SMTP or gateway settings, mail and SMS land in DEV_SINK_DIR", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wijkwerk-sink-"));
    try {
      const devConfig = loadConfig({ ...process.env, DATABASE_URL: fx.tdb.ownerUrl, SMTP_URL: "", SMS_GATEWAY_URL: "", DEV_SINK_DIR: dir });
      const transports = createTransports(devConfig);
      expect(transports.email).toBe(transports.sms);
      await transports.email.send({ kind: "email", to: "a@b.be", subject: "Test", text: "Hallo", html: "<p>Hallo</p>" });
      await transports.sms.send({ kind: "sms", to: "+32471000001", text: "Hallo" });
      const files = await readdir(dir);
      expect(files.filter((f) => f.endsWith(".eml"))).toHaveLength(1);
      expect(files.filter((f) => f.endsWith(".txt"))).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
