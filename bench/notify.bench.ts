/**
 * Notifications (issue "Notifications: outbox to SMS and email, reliably"): 5,000 mails to a local
 * SMTP sink (smtp-server) through the worker pipeline — BullMQ email queue, the email/send
 * processor (claim queued → sending, send over the pooled SMTP transport, mark sent) with the
 * concurrency of services/worker/src/main.ts — versus raw pooled nodemailer sending the same 5,000
 * messages to the same sink. Reported: throughput ratio pipeline / raw (goal ≥ 0.8×).
 * Run: bash scripts/bench.sh notify
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg, totalmem } from "node:os";
import nodemailer from "nodemailer";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase } from "@wijkwerk/db";
import { createRenderer, createSmtpTransport } from "@wijkwerk/notify";
import { seedTenant, startPipeline, startSmtpSink, waitFor } from "../services/worker/test/notify-harness.ts";
import { compare } from "./lib/measure.ts";

const MAILS = Number(process.env.BENCH_NOTIFY_MAILS ?? 5_000);
const RUNS = Number(process.env.BENCH_NOTIFY_RUNS ?? 3);
const WARMUP = 1;
/** As main.ts: email and sms workers run 20 jobs at once; the SMTP pool keeps 5 connections. */
const CONCURRENCY = 20;
const POOL = 5;

const base = loadConfig();
const tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const owner = createDatabase(tdb.ownerUrl, { max: 20 });
const sink = await startSmtpSink();
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, SMTP_URL: sink.url });
const t = await seedTenant(owner, { slug: "bench" });

// One realistic rendered message (assignment.confirmed for a client), sent 5,000 times to different addresses.
const rendered = createRenderer().render("assignment.confirmed", "nl", {
  organisationName: "Wijk-Werken Gent",
  organisationPhone: "09 266 00 00",
  recipientName: "Jeanne Peeters",
  activity: "Gras maaien",
  workerName: "Amina Bakkali",
  startsAt: "2026-05-12T09:00:00+02:00",
  endsAt: "2026-05-12T11:00:00+02:00",
  address: { street: "Dorpstraat 12", postalCode: "9050", municipality: "Gent" },
}).email!;
const to = (run: number, i: number) => `client${run}-${i}@example.be`;

// Delivery rows for every pipeline run, prepared outside the timed part.
const totalRuns = RUNS + WARMUP;
for (let run = 0; run < totalRuns; run++) {
  await owner.sql`
    INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, subject, body_text, body_html)
    SELECT ${t.tenantId}, gen_random_uuid(), 'assignment.confirmed', 'email', 'client', ${t.clientId}, 'client' || ${run}::text || '-' || i::text || '@example.be', 'nl',
           'bench:' || ${run}::text || ':' || i::text, 'queued', ${rendered.subject}, ${rendered.text}, ${rendered.html}
      FROM generate_series(0, ${MAILS - 1}) AS i`;
}
const batches: { id: string }[][] = [];
for (let run = 0; run < totalRuns; run++)
  batches.push(await owner.sql<{ id: string }[]>`SELECT id FROM deliveries WHERE idempotency_key LIKE ${`bench:${run}:%`}`);

const email = createSmtpTransport({ url: sink.url, from: config.MAIL_FROM, maxConnections: POOL });
const pipeline = startPipeline({
  redisUrl: base.REDIS_URL,
  prefix: `bn${randomBytes(4).toString("hex")}`,
  database: owner,
  config,
  transports: { email, sms: email },
  relay: false,
});
const emailWorker = pipeline.workers.find((w) => w.name === "email")!;
let completed = 0;
emailWorker.on("completed", () => completed++);

let pipelineRun = 0;
async function viaPipeline(): Promise<void> {
  const batch = batches[pipelineRun++]!;
  const target = completed + batch.length;
  const before = sink.count();
  await pipeline.queues.email.addBulk(batch.map((d) => ({ name: "send", data: { tenantId: t.tenantId, deliveryId: d.id }, opts: { jobId: d.id } })));
  await waitFor(async () => completed >= target, "pipeline batch", 600_000);
  if (sink.count() - before !== batch.length) throw new Error(`pipeline delivered ${sink.count() - before} of ${batch.length}`);
}

const raw = nodemailer.createTransport({ pool: true, host: "127.0.0.1", port: Number(new URL(sink.url).port), secure: false, maxConnections: POOL });
let rawRun = 0;
async function viaRaw(): Promise<void> {
  const run = rawRun++;
  const before = sink.count();
  let next = 0;
  // The same 20 sends in flight as the pipeline's worker concurrency.
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < MAILS) {
        const i = next++;
        await raw.sendMail({ from: config.MAIL_FROM, to: to(run, i), subject: rendered.subject, text: rendered.text, html: rendered.html });
      }
    }),
  );
  if (sink.count() - before !== MAILS) throw new Error(`raw delivered ${sink.count() - before} of ${MAILS}`);
}

const result = await compare(
  { name: "raw pooled nodemailer", run: viaRaw },
  { name: "worker pipeline (BullMQ email/send)", run: viaPipeline },
  { runs: RUNS, warmup: WARMUP },
);
const [sent] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM deliveries WHERE status = 'sent' AND idempotency_key LIKE 'bench:%'`;
const perSec = (ms: number) => Math.round((MAILS / ms) * 1000);

console.log(
  `Machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")}, ${new Date().toISOString()}`,
);
console.log(`${MAILS} mails per run, ${RUNS} runs (+${WARMUP} warm-up), concurrency ${CONCURRENCY}, SMTP pool ${POOL}`);
console.log(
  `- ${result.a.name}: median ${(result.a.medianMs / 1000).toFixed(2)} s (${perSec(result.a.medianMs)} mails/s), p95 ${(result.a.p95Ms / 1000).toFixed(2)} s`,
);
console.log(
  `- ${result.b.name}: median ${(result.b.medianMs / 1000).toFixed(2)} s (${perSec(result.b.medianMs)} mails/s), p95 ${(result.b.p95Ms / 1000).toFixed(2)} s`,
);
console.log(`- throughput pipeline / raw: ${result.ratio.toFixed(2)}× (goal ≥ 0.8×: ${result.ratio >= 0.8 ? "met" : "NOT met"})`);
console.log(`- deliveries marked sent: ${sent!.n} of ${MAILS * totalRuns}`);

await pipeline.stop();
raw.close();
await sink.close();
await owner.close();
await tdb.drop();
process.exit(0);
