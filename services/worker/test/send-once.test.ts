import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { writeOutbox, type OutboxMessage } from "@wijkwerk/queue";
import { seedTenant, startSmsGateway, startSmtpSink, waitFor } from "./notify-harness.ts";

/**
 * Issue 13 item 8: "A worker killed mid-send sends some messages twice (kill -9 during 200 mails +
 * SMS: 6 of 338 sent twice, 0 lost)". A real worker process (src/main.ts) sends 150 mails and 150
 * SMS to a real SMTP listener and the gateway stand-in, both answering slowly; it is killed with
 * SIGKILL a third of the way, a second worker finishes the work. Nothing may be lost, no SMS may
 * reach a phone twice (the gateway drops a repeated Idempotency-Key), and a mail sent twice must
 * carry the same Message-ID (SMTP cannot drop it; at most the mails in flight at the kill).
 */
const MAILS = 150;
const SMS = 150;
const IN_FLIGHT = 20; // email and sms concurrency of one worker (main.ts)
const base = loadConfig();
const entry = fileURLToPath(new URL("../src/main.ts", import.meta.url));
let tdb: TestDatabase;
let owner: Database;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 4 });
  smtp = await startSmtpSink({ delayMs: 40 });
  gateway = await startSmsGateway({ delayMs: 40 });
});
afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await Promise.allSettled([smtp?.close(), gateway?.close()]);
  await owner?.close();
  await tdb?.drop();
});

function startWorker(prefix: string): { child: ChildProcess; started: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: {
      ...process.env,
      DATABASE_URL: tdb.ownerUrl,
      DATABASE_APP_URL: tdb.appUrl,
      REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: gateway.token,
      MAIL_FROM: "Wijk-Werken Gent <noreply@gent.wijkwerk.be>",
      WORKER_LOCK_SECONDS: "2",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  const started = new Promise<void>((resolve, reject) => {
    const look = (d: Buffer) => {
      out += d.toString();
      if (out.includes("worker started")) resolve();
    };
    child.stdout!.on("data", look);
    child.stderr!.on("data", look);
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it started: ${out.slice(-500)}`)));
  });
  return { child, started };
}

const messageIds = () => smtp.mails.map((m) => /^Message-ID:\s*(<[^>]+>)/im.exec(m.raw)?.[1] ?? "(none)");

describe("issue 13 item 8: a worker killed mid-send", () => {
  it("loses nothing, sends no SMS twice, and a mail sent twice carries the same Message-ID", async () => {
    const t = await seedTenant(owner, { slug: "gent" });
    const codes: OutboxMessage[] = [
      ...Array.from({ length: MAILS }, (_, i): OutboxMessage => ({
        topic: "events/auth.code",
        payload: {
          authCodeId: randomUUID(),
          subjectType: "worker",
          subjectId: t.workerId,
          channel: "email",
          destination: `w${i}@example.be`,
          code: String(100000 + i),
          validMinutes: 10,
        },
      })),
      ...Array.from({ length: SMS }, (_, i): OutboxMessage => ({
        topic: "events/auth.code",
        payload: {
          authCodeId: randomUUID(),
          subjectType: "worker",
          subjectId: t.workerId,
          channel: "sms",
          destination: `+32471${String(100000 + i)}`,
          code: String(200000 + i),
          validMinutes: 10,
        },
      })),
    ];
    await owner.withTenant(t.tenantId, (tx) => writeOutbox(tx, t.tenantId, codes));
    const prefix = `so${randomBytes(4).toString("hex")}`;

    const first = startWorker(prefix);
    await first.started;
    const delivered = () => smtp.count() + gateway.accepted.length;
    await waitFor(async () => delivered() >= (MAILS + SMS) / 3, "a third of the messages out", 30_000);
    const died = new Promise((resolve) => first.child.once("exit", resolve));
    first.child.kill("SIGKILL");
    await died;
    const atKill = { mails: smtp.count(), sms: gateway.accepted.length };

    const second = startWorker(prefix);
    await second.started;
    await waitFor(
      async () =>
        Number((await owner.sql<{ n: string }[]>`SELECT count(*) AS n FROM deliveries WHERE tenant_id = ${t.tenantId} AND status = 'sent'`)[0]!.n) ===
        MAILS + SMS,
      "every delivery sent",
      60_000,
    );
    // Let stragglers of the first worker's window arrive before counting.
    await new Promise((r) => setTimeout(r, 300));
    second.child.kill("SIGTERM");

    const rows = await owner.sql<{ status: string; n: string }[]>`SELECT status, count(*) AS n FROM deliveries WHERE tenant_id = ${t.tenantId} GROUP BY status`;
    expect(rows.map((r) => [r.status, Number(r.n)])).toEqual([["sent", MAILS + SMS]]);

    // SMS: every phone got its code once; what the killed worker had half-sent came back as a repeat the gateway dropped.
    const phones = new Set(gateway.accepted.map((r) => r.to));
    expect(gateway.accepted).toHaveLength(SMS);
    expect(phones.size).toBe(SMS);
    expect(gateway.requests.every((r) => r.idempotencyKey && r.idempotencyKey === r.reference)).toBe(true);

    // Mail: no mail lost, and every mail sent twice is recognisable by its Message-ID.
    const ids = messageIds();
    const unique = new Set(ids);
    expect(unique.size).toBe(MAILS);
    expect([...unique].every((id) => /^<delivery-[0-9a-f-]{36}@gent\.wijkwerk\.be>$/.test(id))).toBe(true);
    const mailTwice = ids.length - unique.size;
    expect(mailTwice).toBeLessThanOrEqual(IN_FLIGHT);

    console.log(
      `send-once after kill -9 (${MAILS} mails + ${SMS} SMS, killed after ${atKill.mails} mails and ${atKill.sms} SMS): ` +
        `0 lost; SMS to a phone twice: ${gateway.accepted.length - phones.size} (repeats dropped by Idempotency-Key: ${gateway.repeats.length}); ` +
        `mails sent twice: ${mailTwice}, each with the same Message-ID`,
    );
  }, 120_000);
});
