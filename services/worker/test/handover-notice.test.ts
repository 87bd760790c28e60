import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOutbox } from "@wijkwerk/queue";
import { seedTenant, startFixture, waitFor, type PipelineFixture } from "./notify-harness.ts";

// Issue 19, continuity: when a successor is announced, the client is told in plain words who comes
// next and from when — by mail and by one SMS (≤ 160 characters), in the client's own language.
let t: Awaited<ReturnType<typeof seedTenant>>;
let successorId: string;
let fx: PipelineFixture;

beforeAll(async () => {
  fx = await startFixture({ prefix: "ho" });
  t = await seedTenant(fx.owner, { slug: "gent" });
  successorId = randomUUID();
  await fx.owner.sql`
    INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
    SELECT tenant_id, ${successorId}, 'Youssef', 'Benali', '88041206197', '+32471000009', 'nl', street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer
      FROM workers WHERE tenant_id = ${t.tenantId} AND id = ${t.workerId}`;
  await fx.owner.sql`UPDATE clients SET language = 'fr' WHERE tenant_id = ${t.tenantId} AND id = ${t.clientId}`;
});
afterAll(() => fx?.stop());

async function announced(status: "announced" | "cancelled"): Promise<string> {
  const id = randomUUID();
  await fx.owner.sql`
    INSERT INTO handovers (tenant_id, id, client_id, leaving_worker_id, successor_id, leaving_ends_on, status, announced_by)
    VALUES (${t.tenantId}, ${id}, ${t.clientId}, ${t.workerId}, ${successorId}, '2027-03-31', ${status}, 'test')`;
  const payload = { handoverId: id, clientId: t.clientId, successorId, leavingWorkerId: t.workerId, startsOn: "2027-04-01" };
  const [outboxId] = await fx.owner.withTenant(t.tenantId, (tx) => writeOutbox(tx, t.tenantId, { topic: "events/handover.announced", payload }));
  return outboxId!;
}

describe("issue 19: the client hears who comes next", () => {
  it("by mail and one SMS in French, with both first names and the date", async () => {
    const outboxId = await announced("announced");
    const rows = await waitFor(async () => {
      const r = await fx.owner.sql<{ channel: string; status: string; language: string; recipient_type: string }[]>`
        SELECT channel, status, language, recipient_type FROM deliveries WHERE outbox_id = ${outboxId} ORDER BY channel`;
      return r.length === 2 && r.every((x) => x.status === "sent") ? r : undefined;
    }, "two sent deliveries");
    expect(rows.map((r) => [r.channel, r.language, r.recipient_type])).toEqual([
      ["email", "fr", "client"],
      ["sms", "fr", "client"],
    ]);
    const sms = fx.gateway.accepted.filter((r) => r.to === "+32472000002");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text.length).toBeLessThanOrEqual(160);
    // GSM-7: "arrête" goes out as "arrete" (one SMS, no Unicode).
    expect(sms[0]!.text).toContain("Amina arrete");
    expect(sms[0]!.text).toContain("Youssef viendra");
    const mail = fx.smtp.mails.find((m) => m.to.includes("jeanne@example.be"))!;
    expect(mail.raw.replace(/=\r?\n/g, "").replace(/\r?\n[ \t]+/g, " ")).toContain("Youssef");
  });

  it("a handover cancelled before the message went out tells nobody", async () => {
    const outboxId = await announced("cancelled");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await fx.owner.sql`SELECT 1 FROM deliveries WHERE outbox_id = ${outboxId}`).toHaveLength(0);
  });
});
