/**
 * Notifications (issue "Notifications: outbox to SMS and email, reliably"; issue 22 against
 * zero-latency stand-ins): mails and SMS through the worker pipeline — BullMQ email / sms queue,
 * the send processor (claim queued → sending, send over the transport, mark sent) with the
 * concurrency of services/worker/src/main.ts — versus the same messages sent raw: pooled
 * nodemailer for mail, plain HTTP POSTs (fetch) for SMS, 20 in flight like the workers.
 * The SMTP sink and the SMS gateway (lib/zero-sinks.ts) answer at once, so the ratio shows the
 * pipeline's own cost. Goals: pipeline / raw throughput ≥ 0.9× for both.
 * Run: bash scripts/bench.sh notify   (BENCH_NOTIFY_MAILS, BENCH_NOTIFY_RUNS to change the size)
 */
import { randomBytes, randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase } from "@wijkwerk/db";
import { createRenderer, createSmsGatewayTransport, createSmtpTransport } from "@wijkwerk/notify";
import { seedTenant, startPipeline, waitFor } from "../services/worker/test/notify-harness.ts";
import { benchDatabase } from "./lib/databases.ts";
import { compare } from "./lib/measure.ts";
import { machine } from "./lib/report.ts";
import { startZeroGateway, startZeroSmtp } from "./lib/zero-sinks.ts";
// nodemailer leaves Nagle on: the end of each message's DATA then waits ~40 ms for the sink's
// delayed ACK, on both sides alike (the 2026-11-24 run's "45 ms sink"). Without it the sink is
// really zero-latency. The production transport has the same wait against a real relay.
import "./lib/nodelay.ts";

const MESSAGES = Number(process.env.BENCH_NOTIFY_MAILS ?? 5_000);
const RUNS = Number(process.env.BENCH_NOTIFY_RUNS ?? 3);
const WARMUP = 1;
/** As main.ts: email and sms workers run 20 jobs at once; the SMTP pool keeps 5 connections. */
const CONCURRENCY = 20;
const POOL = 5;

const base = loadConfig();
const tdb = await benchDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
const owner = createDatabase(tdb.ownerUrl, { max: 20 });
const smtp = await startZeroSmtp();
const gateway = await startZeroGateway();
const config = loadConfig({ ...process.env, DATABASE_URL: tdb.ownerUrl, SMTP_URL: smtp.url, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token });
const t = await seedTenant(owner, { slug: "bench" });

// One realistic rendered message (assignment.confirmed for a client), sent to different addresses.
const message = createRenderer().render("assignment.confirmed", "nl", {
  organisationName: "Wijk-Werken Gent",
  organisationPhone: "09 266 00 00",
  recipientName: "Jeanne Peeters",
  activity: "Gras maaien",
  workerName: "Amina Bakkali",
  startsAt: "2026-05-12T09:00:00+02:00",
  endsAt: "2026-05-12T11:00:00+02:00",
  address: { street: "Dorpstraat 12", postalCode: "9050", municipality: "Gent" },
});
const rendered = message.email!;
const smsText = message.sms ?? "Wijk-Werken Gent: uw klus Gras maaien op 12/05 om 09:00 is bevestigd.";
const totalRuns = RUNS + WARMUP;

// Delivery rows for every pipeline run, prepared outside the timed part.
for (let run = 0; run < totalRuns; run++) {
  await owner.sql`
    INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, subject, body_text, body_html)
    SELECT ${t.tenantId}, gen_random_uuid(), 'assignment.confirmed', 'email', 'client', ${t.clientId}, 'client' || ${run}::text || '-' || i::text || '@example.be', 'nl',
           'bench:email:' || ${run}::text || ':' || i::text, 'queued', ${rendered.subject}, ${rendered.text}, ${rendered.html}
      FROM generate_series(0, ${MESSAGES - 1}) AS i`;
  await owner.sql`
    INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text)
    SELECT ${t.tenantId}, gen_random_uuid(), 'assignment.confirmed', 'sms', 'client', ${t.clientId}, '+3247' || lpad((${run} * 100000 + i)::text, 7, '0'), 'nl',
           'bench:sms:' || ${run}::text || ':' || i::text, 'queued', ${smsText}
      FROM generate_series(0, ${MESSAGES - 1}) AS i`;
}
const batchesOf = async (channel: string) => {
  const batches: { id: string }[][] = [];
  for (let run = 0; run < totalRuns; run++)
    batches.push([...(await owner.sql<{ id: string }[]>`SELECT id FROM deliveries WHERE idempotency_key LIKE ${`bench:${channel}:${run}:%`}`)]);
  return batches;
};
const batches = { email: await batchesOf("email"), sms: await batchesOf("sms") };

const email = createSmtpTransport({ url: smtp.url, from: config.MAIL_FROM, maxConnections: POOL });
const sms = createSmsGatewayTransport({ url: gateway.url, token: gateway.token });
const pipeline = startPipeline({
  redisUrl: base.REDIS_URL,
  prefix: `bn${randomBytes(4).toString("hex")}`,
  database: owner,
  config,
  transports: { email, sms },
  relay: false,
});
const completed = { email: 0, sms: 0 };
for (const name of ["email", "sms"] as const) pipeline.workers.find((w) => w.name === name)!.on("completed", () => completed[name]++);

const viaPipeline = (channel: "email" | "sms", sink: { count(): number }) => {
  let run = 0;
  return async () => {
    const batch = batches[channel][run++]!;
    const target = completed[channel] + batch.length;
    const before = sink.count();
    await pipeline.queues[channel].addBulk(batch.map((d) => ({ name: "send", data: { tenantId: t.tenantId, deliveryId: d.id }, opts: { jobId: d.id } })));
    await waitFor(async () => completed[channel] >= target, `pipeline ${channel} batch`, 600_000);
    if (sink.count() - before !== batch.length) throw new Error(`pipeline delivered ${sink.count() - before} of ${batch.length} ${channel}`);
  };
};

/** `send(run, i)` for every message, CONCURRENCY at a time, as the worker's concurrency. */
const raw = (send: (run: number, i: number) => Promise<unknown>, sink: { count(): number }, what: string) => {
  let run = 0;
  return async () => {
    const r = run++;
    const before = sink.count();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < MESSAGES) await send(r, next++);
      }),
    );
    if (sink.count() - before !== MESSAGES) throw new Error(`raw delivered ${sink.count() - before} of ${MESSAGES} ${what}`);
  };
};
const mailer = nodemailer.createTransport({ pool: true, host: "127.0.0.1", port: Number(new URL(smtp.url).port), secure: false, maxConnections: POOL });
const rawMail = raw(
  (run, i) =>
    mailer.sendMail({ from: config.MAIL_FROM, to: `client${run}-${i}@example.be`, subject: rendered.subject, text: rendered.text, html: rendered.html }),
  smtp,
  "mails",
);
// The same request the gateway transport makes: JSON body, bearer token, idempotency key; the answer read.
const rawSms = raw(
  async (run, i) => {
    const reference = randomUUID();
    const res = await fetch(gateway.url, {
      method: "POST",
      headers: { authorization: `Bearer ${gateway.token}`, "content-type": "application/json", accept: "application/json", "idempotency-key": reference },
      body: JSON.stringify({ to: `+3247${String(run * 100000 + i).padStart(7, "0")}`, text: smsText, reference }),
    });
    await res.json();
    if (!res.ok) throw new Error(`gateway ${res.status}`);
  },
  gateway,
  "SMS",
);

const mail = await compare(
  { name: "raw pooled nodemailer", run: rawMail },
  { name: "worker pipeline (BullMQ email/send)", run: viaPipeline("email", smtp) },
  { runs: RUNS, warmup: WARMUP },
);
const text = await compare(
  { name: "raw HTTP POSTs (fetch)", run: rawSms },
  { name: "worker pipeline (BullMQ sms/send)", run: viaPipeline("sms", gateway) },
  { runs: RUNS, warmup: WARMUP },
);
const [sent] = await owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM deliveries WHERE status = 'sent' AND idempotency_key LIKE 'bench:%'`;
const perSec = (ms: number) => Math.round((MESSAGES / ms) * 1000);
const fmt = (s: { name: string; medianMs: number; p95Ms: number }) =>
  `- ${s.name}: median ${(s.medianMs / 1000).toFixed(2)} s (${perSec(s.medianMs)}/s), p95 ${(s.p95Ms / 1000).toFixed(2)} s`;
// raw time / pipeline time = pipeline throughput / raw throughput.
const verdict = (r: { ratio: number }) => `${r.ratio.toFixed(2)}× (goal ≥ 0.9×: ${r.ratio >= 0.9 ? "met" : "NOT met"})`;

console.log(`Machine: ${machine()}; ${new Date().toISOString()}`);
console.log(`${MESSAGES} messages per run, ${RUNS} runs (+${WARMUP} warm-up) per channel, concurrency ${CONCURRENCY}, SMTP pool ${POOL}; zero-latency sinks`);
console.log(fmt(mail.a));
console.log(fmt(mail.b));
console.log(`- mail throughput pipeline / raw: ${verdict(mail)}`);
console.log(fmt(text.a));
console.log(fmt(text.b));
console.log(`- SMS throughput pipeline / raw: ${verdict(text)}`);
console.log(`- deliveries marked sent: ${sent!.n} of ${MESSAGES * totalRuns * 2}`);

await pipeline.stop();
mailer.close();
await Promise.allSettled([smtp.close(), gateway.close()]);
await owner.close();
await tdb.drop();
process.exit(0);
