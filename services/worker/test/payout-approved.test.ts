import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMoney, type Language } from "@wijkwerk/notify";
import { addEntries, payoutWorld, type PayoutWorld } from "../../api/test/fixtures/payouts.ts";
import { startFixture, waitFor, type ApiApp, type PipelineFixture } from "./notify-harness.ts";

// Issue 18, workers see their money: approving a payout run (the real API) tells each worker whose
// lines it pays exactly once by SMS (gateway stand-in) and once by mail (SMTP listener), with their
// own amount, in their own language; a worker without a line in the run hears nothing.
let api: ApiApp;
let tenantId: string;
let world: PayoutWorld;
const LANGS: Language[] = ["nl", "fr", "en", "nl"];
let fx: PipelineFixture;

beforeAll(async () => {
  fx = await startFixture({ prefix: "pa" });
  api = await fx.startApi();
  tenantId = randomUUID();
  await fx.owner
    .sql`INSERT INTO tenants (id, slug, name, settings) VALUES (${tenantId}, 'gent-geld', 'Wijk-Werken Gent', ${JSON.stringify({ organisationPhone: "09 266 00 00" })}::jsonb)`;
  world = await payoutWorld(fx.owner, tenantId, 4);
  for (const [i, w] of world.workers.entries()) {
    await fx.owner.sql`UPDATE workers SET language = ${LANGS[i]!}, email = ${`werker${i}@example.be`} WHERE tenant_id = ${tenantId} AND id = ${w.id}`;
  }
  const [a, b, c] = world.workers;
  // a: 3 h + 2 h and 24 km travel; b: 1 h; c: 2 h in January and a late hour of December; d: nothing.
  await addEntries(fx.owner, world, [
    { workerId: a!.id, date: "2024-01-10", minutes: 180, travelTenthsKm: 240 },
    { workerId: a!.id, date: "2024-01-17", minutes: 120 },
    { workerId: b!.id, date: "2024-01-12", minutes: 60 },
    { workerId: c!.id, date: "2024-01-15", minutes: 120 },
    { workerId: c!.id, date: "2023-12-20", minutes: 60 },
  ]);
});
afterAll(() => fx?.stop());

/** The mail as sent, quoted-printable decoded (the euro sign travels as =E2=82=AC). */
const unfold = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

describe("payout.approved: each worker with a line is told once, with their amount (issue 18)", () => {
  it("approving a run sends each paid worker exactly one SMS and one mail, in their language; nobody else", async () => {
    const finance = api.jwt.sign({ sub: randomUUID(), tid: tenantId, role: "finance" });
    const headers = { authorization: `Bearer ${finance}` };
    const run = await api.inject({ method: "POST", url: "/v1/payout-runs", headers, payload: { month: "2024-01" } });
    expect(run.statusCode, run.body).toBe(201);
    // A draft tells nobody.
    const [{ n: before } = { n: -1 }] = await fx.owner.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM outbox WHERE tenant_id = ${tenantId} AND topic = 'events/payout.approved'`;
    expect(before).toBe(0);
    const approved = await api.inject({ method: "POST", url: `/v1/payout-runs/${run.json().id}/approve`, headers });
    expect(approved.statusCode, approved.body).toBe(200);

    // What each worker is paid, from the run's own lines (a worker's lines of several months add up to one transfer).
    const due = await fx.owner.sql<{ worker_id: string; cents: number }[]>`
      SELECT worker_id, sum(total_cents)::int AS cents FROM payout_lines WHERE tenant_id = ${tenantId} AND run_id = ${run.json().id} GROUP BY worker_id`;
    const paid = new Map(due.map((d) => [d.worker_id, d.cents]));
    expect(paid.size).toBe(3);
    expect(paid.get(world.workers[2]!.id)).toBe(3 * 410);

    const rows = await waitFor(async () => {
      const r = await fx.owner.sql<{ channel: string; status: string; recipient_id: string; language: string }[]>`
        SELECT channel, status, recipient_id, language FROM deliveries WHERE tenant_id = ${tenantId} AND event = 'payout.approved'`;
      return r.length === 6 && r.every((d) => d.status === "sent") ? r : undefined;
    }, "six sent payout.approved deliveries");
    expect(rows.filter((r) => r.channel === "sms")).toHaveLength(3);
    expect(rows.filter((r) => r.channel === "email")).toHaveLength(3);

    for (const [i, w] of world.workers.entries()) {
      const lang = LANGS[i]!;
      const sms = fx.gateway.accepted.filter((r) => r.to === `+3247${String(i).padStart(7, "0")}`);
      const mails = fx.smtp.mails.filter((m) => m.to.includes(`werker${i}@example.be`));
      const cents = paid.get(w.id);
      if (cents === undefined) {
        expect(sms, `worker ${i} has no line`).toHaveLength(0);
        expect(mails).toHaveLength(0);
        continue;
      }
      expect(sms, `worker ${i}`).toHaveLength(1);
      expect(mails, `worker ${i}`).toHaveLength(1);
      const amount = formatMoney(cents, lang);
      expect(sms[0]!.text).toContain(amount);
      expect(sms[0]!.text).toContain({ nl: "januari 2024", fr: "janvier 2024", en: "January 2024" }[lang]);
      expect(sms[0]!.text.endsWith("https://wijk.werk/werker/geld")).toBe(true);
      expect(unfold(mails[0]!.raw)).toContain(amount);
    }
    // nl, in full: the amount as people read it.
    const nlSms = fx.gateway.accepted.find((r) => r.to === "+32470000000")!;
    expect(nlSms.text).toContain(`€ ${(paid.get(world.workers[0]!.id)! / 100).toFixed(2).replace(".", ",")}`);
  });

  it("a relayed-again event sends nothing twice", async () => {
    const sentBefore = fx.gateway.accepted.length;
    const [row] = await fx.owner.sql<{ id: string; payload: Record<string, unknown> }[]>`
      SELECT id, payload FROM outbox WHERE tenant_id = ${tenantId} AND topic = 'events/payout.approved'`;
    expect(row).toBeDefined();
    // The same outbox row handled once more (a retried job after a crash): planned again under the
    // same outbox id, the deliveries' keys stop a second message.
    const events = fx.pipeline.queues.events;
    await (await events.getJob(row!.id))?.remove();
    await events.add("payout.approved", row!.payload, { jobId: row!.id });
    await waitFor(async () => (await (await events.getJob(row!.id))?.getState()) === "completed", "the replayed event handled");
    await new Promise((r) => setTimeout(r, 500));
    expect(fx.gateway.accepted.length).toBe(sentBefore);
    const [{ n } = { n: 0 }] = await fx.owner.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM deliveries WHERE tenant_id = ${tenantId} AND event = 'payout.approved'`;
    expect(n).toBe(6);
  });
});
