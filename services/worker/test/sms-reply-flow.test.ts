import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gsm7Length } from "@wijkwerk/domain";
import { seedTenant, startFixture, waitFor, type ApiApp, type PipelineFixture } from "./notify-harness.ts";

// Issue 17 end to end through the real worker: a proposal's SMS carries the short link /j/<code> (the
// mail the same link); the worker answers "OUI" by SMS through the gateway's inbound endpoint; the
// reply SMS really goes out through the worker to the local HTTP gateway stand-in; an unclear text gets
// one help SMS; a decline undone within 10 minutes tells the consultant nothing, one that stands does.
const INBOUND = "gateway-inbound-secret-42";
let t: Awaited<ReturnType<typeof seedTenant>>;
let api: ApiApp;
const PHONE = "+32471000001";
let slot = 0;
let fx: PipelineFixture;

beforeAll(async () => {
  fx = await startFixture({ prefix: "sr", publicWebUrl: "https://gent.wijkwerk.be" });
  t = await seedTenant(fx.owner, { slug: "gent", workerLanguage: "fr" });
  // What proposing through the API needs: an agreement, an activity without a skill, a consultant to tell.
  await fx.owner.sql`UPDATE jobs SET activity_code = 'accompany.company' WHERE id = ${t.jobId}`;
  await fx.owner
    .sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) VALUES (${t.tenantId}, ${randomUUID()}, ${t.workerId}, '2026-01-01', '2027-12-31')`;
  await fx.owner
    .sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${t.tenantId}, ${randomUUID()}, 'bemiddelaar@gent.be', 'Bea', 'consultant', 'x')`;
  api = await fx.startApi({ PUBLIC_WEB_URL: "https://gent.wijkwerk.be", SMS_INBOUND_TOKEN: INBOUND });
});
afterAll(() => fx?.stop());

const consultant = () => ({ authorization: `Bearer ${api.jwt.sign({ sub: randomUUID(), tid: t.tenantId, role: "consultant" })}` });
const smsTo = (phone: string) => fx.gateway.accepted.filter((r) => r.to === phone);

async function propose(): Promise<{ id: string; code: string }> {
  slot++;
  const start = new Date(Date.UTC(2027, 2, 1, 8) + slot * 24 * 3_600_000);
  const res = await api.inject({
    method: "POST",
    url: `/v1/jobs/${t.jobId}/assignments`,
    headers: consultant(),
    payload: { workerId: t.workerId, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString() },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  const id = res.json().id as string;
  const [row] = await fx.owner.sql<
    { payload: { shortUrl: string } }[]
  >`SELECT payload FROM outbox WHERE topic = 'events/assignment.proposed' AND payload->>'assignmentId' = ${id}`;
  return { id, code: row!.payload.shortUrl.split("/j/")[1]! };
}

const inbound = (text: string, messageId = randomUUID()) =>
  api.inject({
    method: "POST",
    url: "/v1/sms/inbound",
    headers: { authorization: `Bearer ${INBOUND}` },
    payload: { from: PHONE, text, messageId, receivedAt: new Date().toISOString() },
  });

describe("issue 17: SMS with the short link, answer by SMS, reply SMS through the worker", () => {
  it("the proposal SMS (≤ 160 GSM-7) and the mail carry the same /j/<code>; 'OUI' accepts; the reply SMS names the klus and date", async () => {
    const p = await propose();
    const sms = await waitFor(async () => smsTo(PHONE).find((s) => s.text.includes(p.code)), "the proposal SMS");
    expect(sms.text).toMatch(/^Travail .* Oui\/non : https:\/\/gent\.wijkwerk\.be\/j\/[23456789A-Z]{8}$/);
    expect(sms.text.endsWith(`/j/${p.code}`)).toBe(true);
    expect(gsm7Length(sms.text)).toBeLessThanOrEqual(160);
    const mail = await waitFor(
      async () => fx.smtp.mails.find((m) => m.raw.replace(/=\r?\n/g, "").includes(`/j/${p.code}`)),
      "the proposal mail with the same link",
    );
    expect(mail.to).toContain("amina@example.be");

    const before = smsTo(PHONE).length;
    const res = await inbound("Oui !");
    expect(res.json()).toMatchObject({ outcome: "accepted", reply: "accepted" });
    const [a] = await fx.owner.sql`SELECT status FROM assignments WHERE id = ${p.id}`;
    expect(a?.status).toBe("accepted");
    const reply = await waitFor(
      async () =>
        smsTo(PHONE)
          .slice(before)
          .find((s) => s.text.startsWith("Merci")),
      "the reply SMS",
    );
    expect(reply.text).toMatch(/^Merci ! Vous faites .+ le \w+ \d+\/3 à /);
    expect(reply.text).toContain("09 266 00 00");
    expect(gsm7Length(reply.text)).toBeLessThanOrEqual(160);
  });

  it("an unclear text gets ONE help SMS, however often it comes (no ping-pong); the same messageId again sends nothing", async () => {
    const before = smsTo(PHONE).length;
    const id = randomUUID();
    expect((await inbound("Bonjour, c'est où ?", id)).json().reply).toBe("help");
    expect((await inbound("Bonjour, c'est où ?", id)).json().duplicate).toBe(true);
    expect((await inbound("???")).json().reply).toBeNull();
    await waitFor(
      async () =>
        smsTo(PHONE)
          .slice(before)
          .find((s) => s.text.startsWith("SMS non compris")),
      "the help SMS",
    );
    // Give the pipeline time to send anything else it (wrongly) planned.
    await new Promise((r) => setTimeout(r, 1500));
    expect(smsTo(PHONE).slice(before)).toHaveLength(1);
  });

  it("a decline undone within 10 minutes: the consultant hears nothing; a decline that stands: the consultant gets the mail after the window", async () => {
    // The first test's acceptance assigned the shared klus: open it again for these proposals.
    await fx.owner.sql`UPDATE jobs SET status = 'open' WHERE id = ${t.jobId}`;
    await fx.owner.sql`UPDATE assignments SET status = 'cancelled' WHERE job_id = ${t.jobId} AND status = 'accepted'`;
    const undone = await propose();
    const declined = await api.inject({ method: "POST", url: `/v1/answer-links/${undone.code}/respond`, payload: { response: "decline", reason: "Malade" } });
    expect(declined.json().state).toBe("declined");
    expect((await api.inject({ method: "POST", url: `/v1/answer-links/${undone.code}/undo` })).json().state).toBe("open");
    const stands = await propose();
    await api.inject({ method: "POST", url: `/v1/answer-links/${stands.code}/respond`, payload: { response: "decline", reason: "Te ver" } });
    // Both notices wait for the window; let the clock pass it.
    const notices = await fx.owner.sql<
      { id: string; available_at: Date }[]
    >`SELECT id, available_at FROM outbox WHERE topic = 'events/assignment.declined' AND tenant_id = ${t.tenantId}`;
    expect(notices).toHaveLength(2);
    for (const n of notices) expect(new Date(n.available_at).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    await fx.owner.sql`UPDATE outbox SET available_at = now() WHERE topic = 'events/assignment.declined' AND tenant_id = ${t.tenantId}`;
    await waitFor(async () => {
      const rows = await fx.owner.sql`SELECT 1 FROM outbox WHERE topic = 'events/assignment.declined' AND tenant_id = ${t.tenantId} AND relayed_at IS NULL`;
      return rows.length === 0;
    }, "both notices relayed");
    const mail = await waitFor(async () => fx.smtp.mails.find((m) => m.to.includes("bemiddelaar@gent.be")), "the consultant's mail");
    expect(mail.raw.replace(/=\r?\n/g, "")).toContain("Te ver");
    await new Promise((r) => setTimeout(r, 1500));
    const deliveries = await fx.owner.sql`SELECT d.outbox_id FROM deliveries d WHERE d.event = 'assignment.declined' AND d.tenant_id = ${t.tenantId}`;
    expect(deliveries).toHaveLength(1);
    expect(fx.smtp.mails.filter((m) => m.to.includes("bemiddelaar@gent.be"))).toHaveLength(1);
  });
});
