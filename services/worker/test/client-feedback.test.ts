import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payloadProblem } from "@wijkwerk/queue";
import { askClientFeedback } from "../src/processors/client-feedback.ts";
import { seedTenant, startFixture, waitFor, type PipelineFixture } from "./notify-harness.ts";

// Issue 19, "client feedback": the monthly job asks each client once per worker and month, in the
// client's channel. Real PostgreSQL, BullMQ on a private Redis prefix, SMTP listener and SMS gateway stand-in.
let fx: PipelineFixture;
let runMaintenance: Awaited<ReturnType<PipelineFixture["startMaintenance"]>>;

beforeAll(async () => {
  fx = await startFixture({ prefix: "cf" });
  runMaintenance = await fx.startMaintenance();
});
afterAll(() => fx?.stop());

type Seed = Awaited<ReturnType<typeof seedTenant>>;
async function worked(t: Seed, clientId: string, date: string, minutes: number, status = "confirmed") {
  const assignmentId = await t.assignment("completed", `${date}T08:00:00Z`);
  await fx.owner.sql`UPDATE assignments SET client_id = ${clientId} WHERE id = ${assignmentId}`;
  await fx.owner
    .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id)
    VALUES (${t.tenantId}, ${randomUUID()}, ${assignmentId}, ${t.workerId}, ${clientId}, ${date}, ${minutes}, ${Math.ceil(minutes / 60)}, ${status}, 'worker', 'test')`;
}

const runJob = (now: Date) => runMaintenance("client_feedback.ask", now);

describe("issue 19: the monthly client feedback question", () => {
  it("asks each client with confirmed hours last month ONE question in their channel (SMS, else mail), once", async () => {
    const t = await seedTenant(fx.owner, { slug: "gent" });
    // A second client of the worker without a mobile number: asked by mail. A third only had unconfirmed hours.
    const mailOnly = randomUUID();
    const unconfirmed = randomUUID();
    for (const [id, n, email] of [
      [mailOnly, 2, "school@example.be"],
      [unconfirmed, 3, "vzw@example.be"],
    ] as const) {
      await fx.owner
        .sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, phone, email, language, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
        SELECT tenant_id, ${id}, 'private', 'Els Claes', 'Els', 'Claes', NULL, ${email}, 'fr', street, house_number, postal_code, municipality_id, neighbourhood_id, ${n} FROM clients WHERE id = ${t.clientId}`;
    }
    await worked(t, t.clientId, "2027-02-03", 120);
    await worked(t, t.clientId, "2027-02-17", 90);
    await worked(t, mailOnly, "2027-02-28", 60);
    await worked(t, unconfirmed, "2027-02-10", 60, "submitted");
    await worked(t, unconfirmed, "2027-01-10", 60);

    const now = new Date("2027-03-12T09:00:00Z");
    expect(await runJob(now)).toEqual({ asked: 2 });
    await waitFor(async () => fx.gateway.accepted.length >= 1 && fx.smtp.mails.some((m) => m.to.includes("school@example.be")), "the SMS and the mail");
    const sms = fx.gateway.accepted.filter((r) => r.to === "+32472000002");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toMatch(/hoe was het werk van Amina in februari 2027\? Eén tik: https:\/\/wijk\.werk\/f\/[2-9A-HJ-NP-Z]{8}$/);
    const mail = fx.smtp.mails.filter((m) => m.to.includes("school@example.be"));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.raw).toMatch(/Amina/);
    expect(fx.smtp.mails.filter((m) => m.to.includes("jeanne@example.be"))).toHaveLength(0);
    expect(fx.smtp.mails.filter((m) => m.to.includes("vzw@example.be"))).toHaveLength(0);

    // The link's code is stored only as its SHA-256, on the question about February, with the month's minutes.
    const code = sms[0]!.text.split("/f/")[1]!;
    const hash = createHash("sha256").update(code, "utf8").digest();
    const [row] = await fx.owner.sql`SELECT month, minutes, channel, client_id FROM client_feedback_requests WHERE code_hash = ${hash}`;
    expect(row).toEqual({ month: "2027-02", minutes: 210, channel: "sms", client_id: t.clientId });

    // Again, and four times at once as replicas would: nothing more.
    expect(await runJob(now)).toEqual({ asked: 0 });
    const again = await Promise.all([1, 2, 3, 4].map(() => askClientFeedback(fx.owner, fx.config, now)));
    expect(again.map((r) => r.asked)).toEqual([0, 0, 0, 0]);
    const rows = await fx.owner.sql`SELECT 1 FROM client_feedback_requests WHERE tenant_id = ${t.tenantId}`;
    expect(rows).toHaveLength(2);
    const outbox = await fx.owner.sql<
      { payload: unknown }[]
    >`SELECT payload FROM outbox WHERE topic = 'events/client_feedback.asked' AND tenant_id = ${t.tenantId}`;
    expect(outbox).toHaveLength(2);
    for (const o of outbox) expect(payloadProblem("events/client_feedback.asked", o.payload)).toBeUndefined();
    const audits = await fx.owner.sql`SELECT 1 FROM audit_log WHERE tenant_id = ${t.tenantId} AND entity = 'client_feedback_request' AND action = 'ask'`;
    expect(audits).toHaveLength(2);
  }, 60_000);

  it("parallel first runs ask each pair once, about the month before", async () => {
    const t = await seedTenant(fx.owner, { slug: "aalst" });
    await worked(t, t.clientId, "2027-04-05", 60);
    const runs = await Promise.all([1, 2, 3].map(() => askClientFeedback(fx.owner, fx.config, new Date("2027-05-12T09:00:00Z"))));
    expect(runs.reduce((s, r) => s + r.asked, 0)).toBe(1);
    const [r] = await fx.owner.sql<{ month: string }[]>`SELECT month FROM client_feedback_requests WHERE tenant_id = ${t.tenantId}`;
    expect(r!.month).toBe("2027-04");
  });
});
