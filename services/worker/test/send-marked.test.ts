import { randomUUID } from "node:crypto";
import type { Job, Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { closeNotifyRuntime, createNotifyRuntime, type NotifyRuntime } from "../src/notifications/runtime.ts";
import { sendProcessor } from "../src/notifications/send.ts";
import { seedTenant, startSmsGateway } from "./notify-harness.ts";

/**
 * Issue 21 (3 api + 2 workers behind HAProxy): the SMS gateway got some codes twice and the SMTP
 * listener some mails twice. The database had run out of connections ("too many clients", 53300)
 * just after the provider accepted them: the 'sent' mark failed, the job failed, BullMQ retried it
 * and the claim (which accepts 'sending') sent it again. Once the provider has a message, the mark
 * is retried instead. Here PostgreSQL itself refuses the first mark with that SQLSTATE.
 */
const base = loadConfig();
let tdb: TestDatabase;
let owner: Database;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
let runtime: NotifyRuntime;

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 4 });
  gateway = await startSmsGateway();
});
afterAll(async () => {
  if (runtime) await closeNotifyRuntime(runtime);
  await gateway?.close();
  await owner?.close();
  await tdb?.drop();
});

describe("a delivery the provider accepted is never sent again because marking it failed", () => {
  it("the 'sent' mark refused once with 53300: retried, one SMS at the gateway, the delivery sent", async () => {
    const t = await seedTenant(owner, { slug: "marked" });
    const sql = owner.sql;
    // The first UPDATE to 'sent' is refused as an exhausted server refuses a connection; later ones
    // pass. A sequence counts the tries: nextval survives the rollback the refusal causes.
    await sql`CREATE SEQUENCE mark_tries`;
    await sql.unsafe(`
      CREATE FUNCTION refuse_first_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'sent' AND OLD.status <> 'sent' THEN
          IF nextval('mark_tries') = 1 THEN RAISE EXCEPTION 'sorry, too many clients already' USING ERRCODE = '53300'; END IF;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_first_mark BEFORE UPDATE ON deliveries FOR EACH ROW EXECUTE FUNCTION refuse_first_mark();`);
    const deliveryId = randomUUID();
    await sql`INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text)
              VALUES (${t.tenantId}, ${deliveryId}, 'auth.code', 'sms', 'worker', ${t.workerId}, '+32471000001', 'nl', ${`test:${deliveryId}`}, 'queued', 'Uw code: 123456')`;

    const config = loadConfig({ ...process.env, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token });
    runtime = createNotifyRuntime(config, { email: undefined as unknown as Queue, sms: undefined as unknown as Queue });
    const warnings: string[] = [];
    const log = { warn: (_: unknown, msg: string) => warnings.push(msg), info: () => undefined } as never;
    const job = { id: deliveryId, data: { tenantId: t.tenantId, deliveryId }, opts: { attempts: 8 }, attemptsMade: 0 } as unknown as Job;

    const result = await sendProcessor("sms")(job, { config, database: owner, notify: runtime, log });

    expect(result.status).toBe("sent");
    expect(gateway.requests).toHaveLength(1);
    expect(warnings).toEqual(["sms sent but not marked as sent yet: retrying"]);
    const [row] = await sql<
      { status: string; attempts: number; body_text: string | null }[]
    >`SELECT status, attempts, body_text FROM deliveries WHERE id = ${deliveryId}`;
    // Claimed once, sent once; the sign-in code is scrubbed once its fate is known.
    expect(row).toEqual({ status: "sent", attempts: 1, body_text: null });
    expect((await sql<{ n: string }[]>`SELECT last_value AS n FROM mark_tries`)[0]!.n).toBe("2");
  });
});
