import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payloadProblem } from "@wijkwerk/queue";
import { askExitFollowUps } from "../src/processors/exit-follow-up.ts";
import { seedTenant, startFixture, waitFor, type PipelineFixture } from "./notify-harness.ts";

// Issue 19, "exit follow-up asked by SMS": the daily job asks each exit's worker once, 9 months after
// the exit. Real PostgreSQL, BullMQ on a private Redis prefix, SMTP listener and SMS gateway stand-in.
let fx: PipelineFixture;
let runMaintenance: Awaited<ReturnType<PipelineFixture["startMaintenance"]>>;

beforeAll(async () => {
  fx = await startFixture({ prefix: "ef" });
  runMaintenance = await fx.startMaintenance();
});
afterAll(() => fx?.stop());

type Seed = Awaited<ReturnType<typeof seedTenant>>;
/** An exit of the seeded worker on `exitDate` (the follow-up due 9 months later), recorded by a staff member. */
async function exited(t: Seed, exitDate: string, dueOn: string): Promise<string> {
  const staff = randomUUID();
  await fx.owner
    .sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${t.tenantId}, ${staff}, ${`els-${staff}@gent.be`}, 'Els', 'consultant', 'x')`;
  const agreement = randomUUID();
  await fx.owner
    .sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date, legacy_pwa) VALUES (${t.tenantId}, ${agreement}, ${t.workerId}, ${`${exitDate.slice(0, 4)}-01-01`}, ${exitDate}, false)`;
  const id = randomUUID();
  await fx.owner.sql`INSERT INTO coaching_exits (tenant_id, id, worker_id, agreement_id, reason, exit_date, follow_up_due_on, recorded_by)
    VALUES (${t.tenantId}, ${id}, ${t.workerId}, ${agreement}, 'agreement_ended', ${exitDate}, ${dueOn}, ${staff})`;
  return id;
}

const runJob = (now: Date) => runMaintenance("exit_follow_up.ask", now);

describe("issue 19: the follow-up SMS 9 months after the exit", () => {
  it("asks the worker once, in their language, from the due day on; never before; again and in parallel nothing more", async () => {
    const t = await seedTenant(fx.owner, { slug: "gent", workerLanguage: "fr" });
    const exitId = await exited(t, "2026-06-30", "2027-03-30");
    expect(await runJob(new Date("2027-03-29T09:00:00Z"))).toEqual({ asked: 0 });
    const now = new Date("2027-03-30T09:00:00Z");
    expect(await runJob(now)).toEqual({ asked: 1 });
    const sms = await waitFor(
      async () => fx.gateway.accepted.find((r) => r.to === "+32471000001" && /\/v\/[2-9A-HJ-NP-Z]{8}$/.test(r.text)),
      "the follow-up SMS",
    );
    expect(sms.text).toMatch(
      /^Wijk-Werken Gent : vous travaillez, suivez une formation ou pas de travail \? Un clic : https:\/\/wijk\.werk\/v\/[2-9A-HJ-NP-Z]{8}$/,
    );
    // SMS only: no mail to the worker.
    expect(fx.smtp.mails.filter((m) => m.to.includes("amina@example.be"))).toHaveLength(0);
    const hash = createHash("sha256").update(sms.text.split("/v/")[1]!, "utf8").digest();
    const [row] = await fx.owner.sql`SELECT exit_id, answered_at FROM exit_follow_up_requests WHERE code_hash = ${hash}`;
    expect(row).toEqual({ exit_id: exitId, answered_at: null });

    expect(await runJob(new Date("2027-04-02T09:00:00Z"))).toEqual({ asked: 0 });
    const again = await Promise.all([1, 2, 3].map(() => askExitFollowUps(fx.owner, fx.config, now)));
    expect(again.map((r) => r.asked)).toEqual([0, 0, 0]);
    const outbox = await fx.owner.sql<
      { payload: unknown }[]
    >`SELECT payload FROM outbox WHERE topic = 'events/exit_follow_up.asked' AND tenant_id = ${t.tenantId}`;
    expect(outbox).toHaveLength(1);
    expect(payloadProblem("events/exit_follow_up.asked", outbox[0]!.payload)).toBeUndefined();
    expect(await fx.owner.sql`SELECT 1 FROM audit_log WHERE tenant_id = ${t.tenantId} AND entity = 'exit_follow_up_request'`).toHaveLength(1);
  }, 60_000);

  it("a recent follow-up by the consultant, an SMS opt-out or a due day long past: no SMS", async () => {
    const recent = await seedTenant(fx.owner, { slug: "aalst" });
    const recentExit = await exited(recent, "2026-06-30", "2027-03-30");
    await fx.owner.sql`INSERT INTO coaching_follow_ups (tenant_id, id, exit_id, worker_id, situation, source, recorded_on, recorded_by)
      SELECT tenant_id, ${randomUUID()}, id, worker_id, 'in_work', 'consultant', '2027-03-15', recorded_by FROM coaching_exits WHERE id = ${recentExit}`;
    const optOut = await seedTenant(fx.owner, { slug: "eeklo", workerSmsOptOut: true });
    await exited(optOut, "2026-06-30", "2027-03-30");
    const old = await seedTenant(fx.owner, { slug: "deinze" });
    await exited(old, "2025-06-30", "2026-03-30");
    const runs = await Promise.all([1, 2].map(() => askExitFollowUps(fx.owner, fx.config, new Date("2027-03-31T09:00:00Z"))));
    expect(runs.map((r) => r.asked)).toEqual([0, 0]);
    for (const t of [recent, optOut, old]) expect(await fx.owner.sql`SELECT 1 FROM exit_follow_up_requests WHERE tenant_id = ${t.tenantId}`).toHaveLength(0);
  });
});
