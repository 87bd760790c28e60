import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { payloadProblem } from "@wijkwerk/queue";
import { announceEndingAgreements } from "../src/processors/agreements.ts";
import { daytimeClock, seedTenant, startFixture, waitFor, type PipelineFixture } from "./notify-harness.ts";

// Issue 13 item 4: agreement.ending had a handler and templates, but nothing produced it.
// Real PostgreSQL, real BullMQ workers on a private Redis prefix, real SMTP listener and SMS gateway.
const daytime = daytimeClock();
let fx: PipelineFixture;
let runMaintenance: Awaited<ReturnType<PipelineFixture["startMaintenance"]>>;

beforeAll(async () => {
  fx = await startFixture({ prefix: "ae", now: daytime });
  runMaintenance = await fx.startMaintenance();
});
afterAll(() => fx?.stop());

async function agreement(tenantId: string, workerId: string, endDate: string): Promise<string> {
  const id = randomUUID();
  await fx.owner
    .sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date, legacy_pwa) VALUES (${tenantId}, ${id}, ${workerId}, '2026-01-01', ${endDate}, false)`;
  return id;
}

const runSweep = (now: Date) => runMaintenance("agreements.ending", now);

describe("agreement.ending is handled and has templates but nothing produces it", () => {
  it("the daily sweep tells the consultant (mail) and the worker (mail + SMS) once, within the tenant's notice days", async () => {
    const now = new Date();
    const today = brusselsDateOf(now);
    const t = await seedTenant(fx.owner, { slug: "gent" });
    await fx.owner
      .sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${t.tenantId}, ${randomUUID()}, 'lies@gent.be', 'Lies', 'consultant', 'x')`;
    const ending = await agreement(t.tenantId, t.workerId, addCalendarDays(today, 20));
    // Another worker's agreement ends in 45 days: outside the default 30 days.
    const later = randomUUID();
    await fx.owner
      .sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
      SELECT tenant_id, ${later}, 'Bram', 'Later', '90020100174', '+32471000009', 'nl', street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer FROM workers WHERE id = ${t.workerId}`;
    await agreement(t.tenantId, later, addCalendarDays(today, 45));

    const first = await runSweep(now);
    expect(first).toEqual({ announced: 1 });
    await waitFor(
      async () =>
        fx.smtp.mails.some((m) => m.to.includes("lies@gent.be")) &&
        fx.smtp.mails.some((m) => m.to.includes("amina@example.be")) &&
        fx.gateway.accepted.length >= 1,
      "mails and SMS",
    );
    const consultantMail = fx.smtp.mails.filter((m) => m.to.includes("lies@gent.be"));
    expect(consultantMail).toHaveLength(1);
    expect(consultantMail[0]!.raw).toMatch(/Amina Bakkali/);
    expect(fx.smtp.mails.filter((m) => m.to.includes("amina@example.be"))).toHaveLength(1);
    expect(fx.gateway.accepted.filter((r) => r.to === "+32471000001")).toHaveLength(1);
    expect(fx.gateway.accepted[0]!.text).toMatch(/wijk-werkovereenkomst eindigt/);

    // Again, and twice at once as two replicas would: nothing more.
    expect(await runSweep(now)).toEqual({ announced: 0 });
    const both = await Promise.all([announceEndingAgreements(fx.owner, now), announceEndingAgreements(fx.owner, now)]);
    expect(both.map((r) => r.announced)).toEqual([0, 0]);
    const [notices] = await fx.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM agreement_end_notices WHERE agreement_id = ${ending}`;
    expect(notices?.n).toBe(1);
    const outbox = await fx.owner.sql`SELECT 1 FROM outbox WHERE topic = 'events/agreement.ending' AND tenant_id = ${t.tenantId}`;
    expect(outbox).toHaveLength(1);
  }, 60_000);

  it("the notice days are a tenant setting (agreementEndingNoticeDays); parallel sweeps tell each agreement once", async () => {
    const now = new Date();
    const today = brusselsDateOf(now);
    const t = await seedTenant(fx.owner, { slug: "aalst" });
    await fx.owner.sql`UPDATE tenants SET settings = settings || '{"agreementEndingNoticeDays": 60}'::jsonb WHERE id = ${t.tenantId}`;
    const id = await agreement(t.tenantId, t.workerId, addCalendarDays(today, 45));
    const runs = await Promise.all([1, 2, 3, 4].map(() => announceEndingAgreements(fx.owner, now)));
    expect(runs.reduce((s, r) => s + r.announced, 0)).toBe(1);
    const rows = await fx.owner.sql`SELECT payload FROM outbox WHERE topic = 'events/agreement.ending' AND payload->>'agreementId' = ${id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ workerId: t.workerId, endsOn: addCalendarDays(today, 45), daysLeft: 45, notify: ["consultant", "worker"] });
    // Written in SQL, so the type system cannot check it: the schema the worker validates with does.
    expect(payloadProblem("events/agreement.ending", rows[0]!.payload)).toBeUndefined();
  });
});
