import { randomBytes, randomUUID } from "node:crypto";
import { QueueEvents, UnrecoverableError, Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { createRedis, payloadProblem } from "@wijkwerk/queue";
import { createTransports } from "../src/notifications/runtime.ts";
import { announceEndingAgreements } from "../src/processors/agreements.ts";
import { processors } from "../src/processors/index.ts";
import { daytimeClock, seedTenant, startPipeline, startSmsGateway, startSmtpSink, waitFor, type Pipeline } from "./notify-harness.ts";

// Issue 13 item 4: agreement.ending had a handler and templates, but nothing produced it.
// Real PostgreSQL, real BullMQ workers on a private Redis prefix, real SMTP listener and SMS gateway.
const base = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let config: Config;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
let pipeline: Pipeline;
let maintenance: Worker;
let finished: QueueEvents;
const daytime = daytimeClock();

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
  const prefix = `ae${randomBytes(4).toString("hex")}`;
  pipeline = startPipeline({ redisUrl: base.REDIS_URL, prefix, database: owner, config, transports: createTransports(config), now: daytime });
  // The maintenance queue as main.ts runs it: the scheduled sweep is a job like any other.
  maintenance = new Worker(
    "maintenance",
    async (job) => {
      const handler = processors.maintenance?.[job.name];
      if (!handler) throw new UnrecoverableError(`No handler for maintenance/${job.name}`);
      return handler(job, pipeline.deps);
    },
    { connection: createRedis(base.REDIS_URL, "worker"), prefix },
  );
  finished = new QueueEvents("maintenance", { connection: createRedis(base.REDIS_URL, "worker"), prefix });
  await finished.waitUntilReady();
});
afterAll(async () => {
  await Promise.allSettled([maintenance?.close(), finished?.close()]);
  await pipeline?.stop().catch(() => undefined);
  await Promise.allSettled([smtp?.close(), gateway?.close()]);
  await owner?.close();
  await tdb?.drop();
});

async function agreement(tenantId: string, workerId: string, endDate: string): Promise<string> {
  const id = randomUUID();
  await owner.sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date, legacy_pwa) VALUES (${tenantId}, ${id}, ${workerId}, '2026-01-01', ${endDate}, false)`;
  return id;
}

async function runSweep(now: Date): Promise<unknown> {
  const job = await pipeline.queues.maintenance.add("agreements.ending", { now: now.toISOString() });
  return job.waitUntilFinished(finished, 15_000);
}

describe("agreement.ending is handled and has templates but nothing produces it", () => {
  it("the daily sweep tells the consultant (mail) and the worker (mail + SMS) once, within the tenant's notice days", async () => {
    const now = new Date();
    const today = brusselsDateOf(now);
    const t = await seedTenant(owner, { slug: "gent" });
    await owner.sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${t.tenantId}, ${randomUUID()}, 'lies@gent.be', 'Lies', 'consultant', 'x')`;
    const ending = await agreement(t.tenantId, t.workerId, addCalendarDays(today, 20));
    // Another worker's agreement ends in 45 days: outside the default 30 days.
    const later = randomUUID();
    await owner.sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
      SELECT tenant_id, ${later}, 'Bram', 'Later', '90020100174', '+32471000009', 'nl', street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer FROM workers WHERE id = ${t.workerId}`;
    await agreement(t.tenantId, later, addCalendarDays(today, 45));

    const first = await runSweep(now);
    expect(first).toEqual({ announced: 1 });
    await waitFor(
      async () =>
        smtp.mails.some((m) => m.to.includes("lies@gent.be")) && smtp.mails.some((m) => m.to.includes("amina@example.be")) && gateway.accepted.length >= 1,
      "mails and SMS",
    );
    const consultantMail = smtp.mails.filter((m) => m.to.includes("lies@gent.be"));
    expect(consultantMail).toHaveLength(1);
    expect(consultantMail[0]!.raw).toMatch(/Amina Bakkali/);
    expect(smtp.mails.filter((m) => m.to.includes("amina@example.be"))).toHaveLength(1);
    expect(gateway.accepted.filter((r) => r.to === "+32471000001")).toHaveLength(1);
    expect(gateway.accepted[0]!.text).toMatch(/wijk-werkovereenkomst eindigt/);

    // Again, and twice at once as two replicas would: nothing more.
    expect(await runSweep(now)).toEqual({ announced: 0 });
    const both = await Promise.all([announceEndingAgreements(owner, now), announceEndingAgreements(owner, now)]);
    expect(both.map((r) => r.announced)).toEqual([0, 0]);
    const [notices] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM agreement_end_notices WHERE agreement_id = ${ending}`;
    expect(notices?.n).toBe(1);
    const outbox = await owner.sql`SELECT 1 FROM outbox WHERE topic = 'events/agreement.ending' AND tenant_id = ${t.tenantId}`;
    expect(outbox).toHaveLength(1);
  }, 60_000);

  it("the notice days are a tenant setting (agreementEndingNoticeDays); parallel sweeps tell each agreement once", async () => {
    const now = new Date();
    const today = brusselsDateOf(now);
    const t = await seedTenant(owner, { slug: "aalst" });
    await owner.sql`UPDATE tenants SET settings = settings || '{"agreementEndingNoticeDays": 60}'::jsonb WHERE id = ${t.tenantId}`;
    const id = await agreement(t.tenantId, t.workerId, addCalendarDays(today, 45));
    const runs = await Promise.all([1, 2, 3, 4].map(() => announceEndingAgreements(owner, now)));
    expect(runs.reduce((s, r) => s + r.announced, 0)).toBe(1);
    const rows = await owner.sql`SELECT payload FROM outbox WHERE topic = 'events/agreement.ending' AND payload->>'agreementId' = ${id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ workerId: t.workerId, endsOn: addCalendarDays(today, 45), daysLeft: 45, notify: ["consultant", "worker"] });
    // Written in SQL, so the type system cannot check it: the schema the worker validates with does.
    expect(payloadProblem("events/agreement.ending", rows[0]!.payload)).toBeUndefined();
  });
});
