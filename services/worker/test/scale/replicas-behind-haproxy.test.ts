import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrlFrom, loadConfig } from "@wijkwerk/config";
import { createDatabase, migrate, type Database } from "@wijkwerk/db";
import { createQueue, createRedis, QUEUES } from "@wijkwerk/queue";
import { seedTenant, startSmsGateway, startSmtpSink } from "../notify-harness.ts";
import { startApi, startRedis, startWorkerProcess, tempDir, waitFor, type Engine } from "./engines.ts";
import { accessToken, atLeast, collectLines, startHaproxy, type LogLine } from "./load-balancer.ts";
import { startPostgresServer } from "./postgres-pair.ts";

/**
 * Issue 21, scenario 1: 3 api processes and 2 worker processes (the real src/server.ts and
 * src/main.ts) behind HAProxy (round-robin), on one PostgreSQL (a fresh database on the test
 * server) and one Redis (its own redis-server). Every request goes through HAProxy, so requests
 * sent together land on different replicas. Proven across processes:
 *  1. the cap race: entries of one worker that together pass 60 h a month: exactly those that fit are 201;
 *  2. the voucher race: confirmations, refunds and payments on one wallet: never negative, balance = ledger;
 *  3. each message once: every sign-in code reaches the SMS gateway or the SMTP listener once, with 2 workers;
 *  4. each sweep once per period: one job scheduler per sweep; one run per period whatever the number of workers.
 * No answer may be a 500; one that comes is looked up in the log of the replica that gave it.
 */
const REDIS = 41301;
const POSTGRES = 41302;
const HAPROXY = 41310;
const APIS = [41321, 41322, 41323];
const WORKER_HTTP = [41331, 41332];
const base = loadConfig();
const progress = (m: string) => console.log(`[scale] ${new Date().toISOString().slice(11, 19)} ${m}`);
const engines: Engine[] = [];
const dir = tempDir("haproxy");
const apiErrors = new Map<string, LogLine[]>();
const workerLines: LogLine[][] = [];
let databaseUrl: string;
let owner: Database;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;

beforeAll(async () => {
  // A server of its own: 3 api pools of 20 and 2 worker pools of 10 do not fit next to other test
  // runs in the shared server's 100 connections (postgres-pair.ts startPostgresServer).
  const pg = await startPostgresServer(dir.dir, POSTGRES);
  engines.push(pg.engine);
  const admin = createDatabase(pg.url(), { max: 1 });
  await admin.sql`CREATE DATABASE wijkwerk`;
  await admin.close();
  databaseUrl = pg.url("wijkwerk");
  await migrate(databaseUrl, base.APP_DB_PASSWORD);
  owner = createDatabase(databaseUrl, { max: 4 });
  smtp = await startSmtpSink();
  gateway = await startSmsGateway();
  engines.push(await startRedis(REDIS, dir.dir));
}, 120_000);
afterAll(async () => {
  await owner?.close();
  for (const e of engines.reverse()) await e.stop();
  await Promise.allSettled([smtp?.close(), gateway?.close()]);
  dir.remove();
});

interface Answer {
  status: number;
  code?: string;
  body: Record<string, unknown>;
  servedBy: string;
  requestId: string;
}

/** Every answer of the scenario, to count statuses per replica and to find any 500. */
const answers: (Answer & { what: string })[] = [];

async function call(what: string, method: string, path: string, body?: unknown, token?: string, idempotencyKey?: string): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${HAPROXY}${path}`, {
    method,
    headers: {
      ...(body ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { text };
  }
  const a: Answer = {
    status: res.status,
    body: parsed,
    servedBy: res.headers.get("x-served-by") ?? "?",
    requestId: res.headers.get("x-request-id") ?? "?",
    ...(typeof parsed.code === "string" ? { code: parsed.code } : {}),
  };
  answers.push({ ...a, what });
  return a;
}

const tally = (list: readonly Answer[]) => {
  const byStatus: Record<string, number> = {};
  for (const a of list) {
    const k = a.code ? `${a.status} ${a.code}` : String(a.status);
    byStatus[k] = (byStatus[k] ?? 0) + 1;
  }
  return byStatus;
};

describe("issue 21 scenario 1: 3 api + 2 worker replicas behind HAProxy", () => {
  it("caps, wallet, messages and sweeps hold across replicas; no 500", { timeout: 230_000 }, async () => {
    const started = Date.now();
    const seeded = await seedTenant(owner, { slug: "lb" });
    const { tenantId, clientId } = seeded;
    const sql = owner.sql;
    // The client's agreement with its fee paid (RULES §3): vouchers can be bought, hours entered.
    await sql`INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference, fee_paid_on)
      VALUES (${tenantId}, ${randomUUID()}, ${clientId}, current_date - 400, current_date + 200, 750, '+++999/0001/00084+++', current_date - 400)`;

    const prefix = `{lb${randomBytes(3).toString("hex")}}`;
    const env = {
      DATABASE_URL: databaseUrl,
      DATABASE_APP_URL: appUrlFrom(databaseUrl, base.APP_DB_PASSWORD),
      REDIS_URL: `redis://127.0.0.1:${REDIS}/0`,
      REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: gateway.token,
      RATE_PUBLIC_PER_MINUTE: "100000",
      RATE_SIGNIN_PER_IP: "100000",
      RATE_CODES_PER_IP: "100000",
      RATE_CODES_PER_TENANT: "100000",
      RATE_CODES_PER_DESTINATION: "100000",
    };
    // Side by side: loading the TypeScript sources is most of a scenario's time on a busy machine.
    const [apis, workers] = await Promise.all([
      Promise.all(APIS.map((p) => startApi(p, env))),
      Promise.all(WORKER_HTTP.map((p, i) => startWorkerProcess(`w${i + 1}`, { ...env, WORKER_PORT: String(p), LOG_LEVEL: "info" }))),
    ]);
    engines.push(...apis, ...workers);
    apis.forEach((a, i) => apiErrors.set(`api${i + 1}`, collectLines(a, atLeast("warn"))));
    for (const w of workers) workerLines.push(collectLines(w, (l) => l.msg === "job done" || atLeast("warn")(l) || /sent$/.test(String(l.msg))));
    engines.push(await startHaproxy(dir.dir, HAPROXY, APIS));
    const upSeconds = (Date.now() - started) / 1000;
    progress(`3 api + 2 worker + haproxy up in ${upSeconds} s`);

    const consultant = accessToken(base.JWT_SECRET, { sub: randomUUID(), tid: tenantId, role: "consultant" });
    const finance = accessToken(base.JWT_SECRET, { sub: randomUUID(), tid: tenantId, role: "finance" });
    const clientToken = accessToken(base.JWT_SECRET, { sub: clientId, tid: tenantId, role: "client", subjectId: clientId });

    // --- 3. each message once: sign-in codes to two phones and two mailboxes, all at once. ---
    const MESSAGES = 60;
    const destinations = [{ phone: "+32471000001" }, { phone: "+32472000002" }, { email: "amina@example.be" }, { email: "jeanne@example.be" }];
    const codeAnswers = await Promise.all(
      Array.from({ length: MESSAGES }, (_, i) => call("auth code", "POST", "/v1/auth/codes", { tenant: "lb", ...destinations[i % destinations.length] })),
    );
    const codesAccepted = codeAnswers.filter((a) => a.status === 202).length;
    const [codeRows] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM auth_codes WHERE tenant_id = ${tenantId}`;
    await waitFor(async () => gateway.accepted.length + smtp.count() >= codesAccepted, `${codesAccepted} messages delivered`, 60_000, 200).catch(
      (err: Error) => {
        throw new Error(
          `${err.message}: ${gateway.accepted.length} SMS, ${smtp.count()} mails; workers said: ${workers.map((w) => w.output().slice(-1500)).join("\n")}`,
        );
      },
    );
    await new Promise((r) => setTimeout(r, 2000)); // a late duplicate would arrive now
    const smsRefs = new Set(gateway.accepted.map((r) => r.reference));
    const mailIds = new Set(smtp.mails.map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw)?.[1] ?? randomUUID()));
    const delivered = gateway.accepted.length + smtp.count();
    const messages = {
      requests: MESSAGES,
      accepted: codesAccepted,
      refused: codeAnswers.filter((a) => a.status !== 202 && a.status < 500).length,
      errors: codeAnswers.filter((a) => a.status >= 500).length,
      byReplica: countBy(codeAnswers.map((a) => a.servedBy)),
      sms: gateway.accepted.length,
      mails: smtp.count(),
      delivered,
      lost: Math.max(0, codesAccepted - smsRefs.size - mailIds.size),
      duplicated: delivered - smsRefs.size - mailIds.size,
      repeatsDroppedByIdempotencyKey: gateway.repeats.length,
      workerWarnings: countBy(
        workerLines
          .flat()
          .filter(atLeast("warn"))
          .map((l) => String(l.msg)),
      ),
    };
    console.log(`[scale] scenario 1, each message once: ${JSON.stringify(messages)}`);
    const dupIds = [...countByKey(smtp.mails.map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw)?.[1] ?? "?"))].filter(([, n]) => n > 1).map(([k]) => k);
    // A message sent twice: what the workers logged about its delivery (the Message-ID holds its id).
    for (const id of dupIds) {
      const delivery = id.replace(/^<delivery-|@.*$/g, "");
      console.log(
        `[scale] scenario 1: ${id} reached the SMTP listener twice; the workers said: ${JSON.stringify(workerLines.map((lines) => lines.filter((l) => JSON.stringify(l).includes(delivery))))}`,
      );
    }
    await explainServerErrors(codeAnswers);
    expect(codeRows!.n).toBe(codesAccepted);
    expect(codesAccepted).toBe(MESSAGES);
    expect(messages.lost).toBe(0);
    expect(messages.duplicated).toBe(0);
    expect(Object.keys(messages.byReplica).sort()).toEqual(["api1", "api2", "api3"]);

    // --- 1. the cap race: 3 workers, each 58 h into a month, 12 one-hour entries each at once; four
    // months one after the other. For another client than the wallet's below (entries reserve vouchers). ---
    const WORKERS = 3;
    const PER_WORKER = 12;
    const MONTHS = ["2026-07", "2026-08", "2026-09", "2026-10"];
    const capClient = await insertClientWithJob(owner, seeded);
    const capWorkers: { id: string; token: string }[] = [];
    for (let w = 0; w < WORKERS; w++) {
      const id = await insertWorker(owner, seeded, w);
      capWorkers.push({ id, token: accessToken(base.JWT_SECRET, { sub: id, tid: tenantId, role: "worker", subjectId: id }) });
    }
    const capAnswers: Answer[] = [];
    const perWorker: { month: string; accepted: number; refused: number }[] = [];
    for (const month of MONTHS) {
      const work: { token: string; assignmentId: string; date: string }[] = [];
      for (const w of capWorkers) {
        const past = await insertAssignment(owner, capClient, w.id, `${month}-01T06:00:00Z`, 120);
        await sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id)
          VALUES (${tenantId}, ${randomUUID()}, ${past}, ${w.id}, ${capClient.clientId}, ${`${month}-01`}, 3480, 58, 'worker', 'test')`;
        for (let d = 0; d < PER_WORKER; d++) {
          const date = `${month}-${String(2 + d).padStart(2, "0")}`;
          work.push({ token: w.token, date, assignmentId: await insertAssignment(owner, capClient, w.id, `${date}T06:00:00Z`, 120) });
        }
      }
      const round = await Promise.all(
        work.map((x) => call("time entry", "POST", "/v1/time-entries", { assignmentId: x.assignmentId, date: x.date, minutes: 60, travelKm: 0 }, x.token)),
      );
      capAnswers.push(...round);
      capWorkers.forEach((_, i) => {
        const mine = round.slice(i * PER_WORKER, (i + 1) * PER_WORKER);
        perWorker.push({ month, accepted: mine.filter((a) => a.status === 201).length, refused: mine.filter((a) => a.status === 409).length });
      });
    }
    const monthTotals = await sql<{ month: string; minutes: number }[]>`
      SELECT to_char(work_date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes FROM time_entries
       WHERE tenant_id = ${tenantId} AND worker_id = ANY (${capWorkers.map((w) => w.id)}::uuid[]) AND status <> 'cancelled'
       GROUP BY worker_id, 1 ORDER BY 1`;
    // The request id HAProxy made at the edge (hex address:port_…) is the one on each entry's audit row.
    const accepted = capAnswers.filter((a) => a.status === 201);
    const [audited] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${tenantId} AND entity = 'time_entry' AND action = 'create'
         AND entity_id = ANY (${accepted.map((a) => String(a.body.id))}::text[]) AND request_id = ANY (${accepted.map((a) => a.requestId)}::text[])`;
    const caps = {
      requests: capAnswers.length,
      accepted: capAnswers.filter((a) => a.status === 201).length,
      refused: capAnswers.filter((a) => a.status === 409).length,
      errors: capAnswers.filter((a) => a.status >= 500).length,
      answers: tally(capAnswers),
      byReplica: countBy(capAnswers.map((a) => a.servedBy)),
      maxMonthMinutes: Math.max(...monthTotals.map((r) => r.minutes)),
      auditRowsWithEdgeRequestId: audited!.n,
    };
    console.log(`[scale] scenario 1, cap race: ${JSON.stringify(caps)}`);
    await explainServerErrors(capAnswers);
    // 58 h + 2 × 1 h = 60 h: of each worker's twelve, exactly two fit; the others are the stable cap code.
    expect(caps.errors).toBe(0);
    expect(perWorker).toEqual(perWorker.map((p) => ({ month: p.month, accepted: 2, refused: PER_WORKER - 2 })));
    for (const a of capAnswers.filter((x) => x.status === 409)) expect(a.code).toBe("worker.monthly_cap_exceeded");
    expect(monthTotals.map((r) => r.minutes)).toEqual(monthTotals.map(() => 3600));
    expect(monthTotals).toHaveLength(WORKERS * MONTHS.length);
    expect(accepted.every((a) => /^[0-9A-F]{8}:[0-9A-F]{4}_/.test(a.requestId))).toBe(true);
    expect(audited!.n).toBe(accepted.length);
    expect(Object.keys(caps.byReplica).sort()).toEqual(["api1", "api2", "api3"]);

    // --- 1b. the same hours sent again at once, as a phone that retries does, landing on other
    // replicas: by the worker twice (once with an Idempotency-Key), the consultant and the admin. ---
    const retryWorker = await insertWorker(owner, seeded, WORKERS);
    const retryTokens = [
      accessToken(base.JWT_SECRET, { sub: retryWorker, tid: tenantId, role: "worker", subjectId: retryWorker }),
      accessToken(base.JWT_SECRET, { sub: randomUUID(), tid: tenantId, role: "consultant" }),
      accessToken(base.JWT_SECRET, { sub: randomUUID(), tid: tenantId, role: "admin" }),
    ];
    const retried: Promise<Answer>[] = [];
    const retriedAssignments: string[] = [];
    for (let d = 0; d < 28; d++) {
      const date = `2026-02-${String(1 + d).padStart(2, "0")}`;
      const assignmentId = await insertAssignment(owner, capClient, retryWorker, `${date}T06:00:00Z`, 120, d % 2 ? "accepted" : "completed");
      retriedAssignments.push(assignmentId);
      const body = { assignmentId, date, minutes: 100, travelKm: 1.5 };
      const key = randomUUID();
      // Every third day the first submission carries the key too: two requests with one key at once.
      retryTokens.forEach((token, i) => retried.push(call("time entry", "POST", "/v1/time-entries", body, token, i === 0 && d % 3 === 0 ? key : undefined)));
      retried.push(call("time entry", "POST", "/v1/time-entries", body, retryTokens[0], key));
    }
    const retriedAnswers = await Promise.all(retried);
    const [retriedRows] = await sql<{ entries: number; assignments: number }[]>`
      SELECT count(*)::int AS entries, count(DISTINCT assignment_id)::int AS assignments FROM time_entries
       WHERE tenant_id = ${tenantId} AND assignment_id = ANY (${retriedAssignments}::uuid[]) AND status <> 'cancelled'`;
    const retries = {
      requests: retriedAnswers.length,
      answers: tally(retriedAnswers),
      byReplica: countBy(retriedAnswers.map((a) => a.servedBy)),
      ...retriedRows,
    };
    console.log(`[scale] scenario 1, the same hours sent 4 times at once: ${JSON.stringify(retries)}`);
    await explainServerErrors(retriedAnswers);
    // One entry per assignment; every other answer says why (or replays the first one's 201).
    expect(retriedRows).toEqual({ entries: retriedAssignments.length, assignments: retriedAssignments.length });
    for (const a of retriedAnswers) expect([201, 409]).toContain(a.status);
    for (const a of retriedAnswers.filter((x) => x.status === 409)) expect(["time_entry.already_exists", "idempotency.in_progress"]).toContain(a.code);

    // --- 2. the voucher race: 10 vouchers, 6 entered hours reserve 6; then at once: 6 confirmations,
    // 8 refunds of one voucher, 2 payments of one-voucher orders and 4 new one-hour entries (which
    // reserve as they come: the refunds may then find less free). ---
    const walletWorker = seeded.workerId;
    const workerToken = accessToken(base.JWT_SECRET, { sub: walletWorker, tid: tenantId, role: "worker", subjectId: walletWorker });
    const buy = async (quantity: number) => {
      const order = await call("voucher order", "POST", "/v1/voucher-orders", { clientId, quantity }, consultant);
      expect(order.status).toBe(201);
      return { paymentReference: order.body.paymentReference as string, amountCents: order.body.amountCents as number };
    };
    const pay = (o: { paymentReference: string; amountCents: number }) =>
      call("payment", "POST", "/v1/payments", { ...o, paidOn: new Date().toISOString().slice(0, 10) }, finance);
    expect((await pay(await buy(10))).status).toBe(201);
    const entryIds: string[] = [];
    for (let d = 0; d < 6; d++) {
      const date = `2026-11-${String(2 + d).padStart(2, "0")}`;
      const a = await insertAssignment(owner, seeded, walletWorker, `${date}T06:00:00Z`, 120);
      const res = await call("time entry", "POST", "/v1/time-entries", { assignmentId: a, date, minutes: 60, travelKm: 0 }, workerToken);
      expect(res.status).toBe(201);
      entryIds.push(res.body.id as string);
    }
    const lateOrders = [await buy(1), await buy(1)];
    const lateWork: { assignmentId: string; date: string }[] = [];
    for (let d = 0; d < 4; d++) {
      const date = `2026-11-${String(10 + d).padStart(2, "0")}`;
      lateWork.push({ date, assignmentId: await insertAssignment(owner, seeded, walletWorker, `${date}T06:00:00Z`, 120) });
    }
    const before = (await call("wallet", "GET", `/v1/clients/${clientId}/wallet`, undefined, consultant)).body;
    expect(before).toMatchObject({ available: 4, reserved: 6 });
    const REFUNDS = 8;
    const raced = await Promise.all([
      ...entryIds.map((id) => call("confirm", "POST", `/v1/time-entries/${id}/confirm`, undefined, clientToken)),
      ...Array.from({ length: REFUNDS }, () => call("refund", "POST", "/v1/voucher-refunds", { clientId, quantity: 1, iban: "BE71096123456769" }, finance)),
      ...lateOrders.map(pay),
      ...lateWork.map((x) => call("time entry", "POST", "/v1/time-entries", { ...x, minutes: 60, travelKm: 0 }, workerToken)),
    ]);
    const confirms = raced.slice(0, entryIds.length);
    const refunds = raced.slice(entryIds.length, entryIds.length + REFUNDS);
    const payments = raced.slice(entryIds.length + REFUNDS, entryIds.length + REFUNDS + lateOrders.length);
    const lateEntries = raced.slice(entryIds.length + REFUNDS + lateOrders.length);
    const after = (await call("wallet", "GET", `/v1/clients/${clientId}/wallet`, undefined, consultant)).body as { available: number; reserved: number };
    const [ledger] = await sql<{ held: number; unbalanced: number; negative: number }[]>`
      SELECT (SELECT COALESCE(sum(vouchers), 0)::int FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE ${`client:${clientId}:%`}) AS held,
             (SELECT count(*)::int FROM (SELECT posting_id FROM voucher_movements WHERE tenant_id = ${tenantId} GROUP BY posting_id HAVING sum(vouchers) <> 0) u) AS unbalanced,
             (SELECT count(*)::int FROM (SELECT account, lot_id FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE 'client:%'
                                          GROUP BY account, lot_id HAVING sum(vouchers) < 0) n) AS negative`;
    const refundsAccepted = refunds.filter((a) => a.status === 201).length;
    const vouchers = {
      requests: raced.length,
      confirmed: confirms.filter((a) => a.status === 200 && a.body.status === "confirmed").length,
      refundsAccepted,
      refundsRefused: refunds.filter((a) => a.status === 409).length,
      paymentsAccepted: payments.filter((a) => a.status === 201).length,
      entriesAccepted: lateEntries.filter((a) => a.status === 201).length,
      errors: raced.filter((a) => a.status >= 500).length,
      answers: tally(raced),
      byReplica: countBy(raced.map((a) => a.servedBy)),
      walletAfter: { available: after.available, reserved: after.reserved },
      ledgerHeld: ledger!.held,
      unbalancedPostings: ledger!.unbalanced,
      negativeLots: ledger!.negative,
    };
    console.log(`[scale] scenario 1, voucher race: ${JSON.stringify(vouchers)}`);
    await explainServerErrors(raced);
    expect(vouchers.errors).toBe(0);
    expect(vouchers.confirmed).toBe(entryIds.length);
    expect(vouchers.paymentsAccepted).toBe(2);
    expect(vouchers.entriesAccepted).toBe(lateWork.length);
    // 4 free before, 2 paid and 4 reserved meanwhile: at most 6 refunds; the rest refused with the stable code.
    expect(refundsAccepted).toBeLessThanOrEqual(6);
    for (const a of refunds.filter((x) => x.status !== 201)) expect(a.code).toBe("wallet.insufficient_vouchers");
    // 12 paid, 6 consumed, R refunded: what is held; the new hours reserve what they can of it.
    const held = 12 - 6 - refundsAccepted;
    expect(after).toMatchObject({ available: held - Math.min(held, lateWork.length), reserved: Math.min(held, lateWork.length) });
    expect(ledger).toEqual({ held: after.available + after.reserved, unbalanced: 0, negative: 0 });

    // --- 4. each sweep once per period: one scheduler per sweep in Redis, though both workers upserted
    // them, and one next run each. Each sweep's next run is then brought forward (promoted): it runs
    // once, on one of the two workers, and the period after it is scheduled once. What the sweeps
    // do is counted too: two proposals past their expiry, three entries past the confirm window. ---
    const proposals = [
      await insertAssignment(owner, capClient, capWorkers[1]!.id, "2026-12-20T08:00:00Z", 120, "proposed"),
      await insertAssignment(owner, capClient, capWorkers[2]!.id, "2026-12-21T08:00:00Z", 120, "proposed"),
    ];
    await sql`UPDATE assignments SET expires_at = now() - interval '1 hour' WHERE tenant_id = ${tenantId} AND id = ANY (${proposals}::uuid[])`;
    const dueEntries: string[] = [];
    for (let d = 0; d < 3; d++) {
      const date = `2026-06-${String(2 + d).padStart(2, "0")}`;
      const a = await insertAssignment(owner, capClient, capWorkers[0]!.id, `${date}T06:00:00Z`, 120);
      const [row] = await sql<{ id: string }[]>`
        INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id, created_at, updated_at)
        VALUES (${tenantId}, ${randomUUID()}, ${a}, ${capWorkers[0]!.id}, ${capClient.clientId}, ${date}, 60, 1, 'worker', 'test', now() - interval '30 days', now() - interval '30 days')
        RETURNING id`;
      dueEntries.push(row!.id);
    }
    const redis = createRedis(`redis://127.0.0.1:${REDIS}/0`, "producer");
    const maintenance = createQueue(QUEUES.maintenance, redis, prefix);
    try {
      const schedulers = await maintenance.getJobSchedulers(0, -1, true);
      const keys = schedulers.map((s) => s.key).sort();
      expect(keys).toEqual(
        [
          "agreements.ending",
          "assignments.expire",
          "client_feedback.ask",
          "deliveries.requeue",
          "exit_follow_up.ask",
          "privacy.retention",
          "time_entries.auto_confirm",
          "vouchers.expire",
        ].sort(),
      );
      const done = (name: string) => workerLines.map((lines) => lines.filter((l) => l.queue === "maintenance" && l.job === name));
      const sweeps: Record<string, { nextRuns: number; runsByWorker: number[]; nextRunsAfter: number }> = {};
      const beforeRuns = new Map(keys.map((k) => [k, done(k).map((l) => l.length)]));
      const delayed = await maintenance.getDelayed();
      for (const key of keys) {
        const next = delayed.filter((j) => j.name === key);
        sweeps[key] = { nextRuns: next.length, runsByWorker: [], nextRunsAfter: 0 };
        expect(next, `one next run of ${key}`).toHaveLength(1);
        const before = beforeRuns.get(key)!.reduce((s, n) => s + n, 0);
        // A run that came due meanwhile (deliveries.requeue, every minute) is no longer delayed: it runs by itself.
        await next[0]!.promote().catch(() => undefined);
        await waitFor(() => done(key).flat().length > before, `${key} to run after promotion`, 30_000, 100);
      }
      await new Promise((r) => setTimeout(r, 3000)); // a second run of the same period would come now
      const stillDelayed = await maintenance.getDelayed();
      for (const key of keys) {
        const runs = done(key);
        sweeps[key]!.runsByWorker = runs.map((r, i) => r.length - beforeRuns.get(key)![i]!);
        sweeps[key]!.nextRunsAfter = stillDelayed.filter((j) => j.name === key).length;
        // Each job (one period) done once, by one of the two workers; no job id twice.
        const ids = runs.flat().map((l) => l.jobId);
        expect(ids.length, `${key} runs ${JSON.stringify(ids)}`).toBe(new Set(ids).size);
        expect(
          sweeps[key]!.runsByWorker.reduce((s, n) => s + n, 0),
          `${key} ran once`,
        ).toBe(1);
        expect(sweeps[key]!.nextRunsAfter, `next run of ${key}`).toBe(1);
      }
      const [effects] = await sql<{ expired: number; expiredAudits: number; expiredMessages: number; autoConfirmed: number; autoConfirmAudits: number }[]>`
        SELECT (SELECT count(*)::int FROM assignments WHERE tenant_id = ${tenantId} AND id = ANY (${proposals}::uuid[]) AND status = 'expired') AS "expired",
               (SELECT count(*)::int FROM audit_log WHERE tenant_id = ${tenantId} AND action = 'expire' AND entity_id = ANY (${proposals}::text[])) AS "expiredAudits",
               (SELECT count(*)::int FROM outbox WHERE tenant_id = ${tenantId} AND topic = 'events/assignment.expired' AND payload->>'assignmentId' = ANY (${proposals}::text[])) AS "expiredMessages",
               (SELECT count(*)::int FROM time_entries WHERE tenant_id = ${tenantId} AND id = ANY (${dueEntries}::uuid[]) AND status <> 'submitted') AS "autoConfirmed",
               (SELECT count(*)::int FROM audit_log WHERE tenant_id = ${tenantId} AND actor_id = 'time_entries.auto_confirm' AND entity_id = ANY (${dueEntries}::text[])) AS "autoConfirmAudits"`;
      console.log(`[scale] scenario 1, sweeps: ${JSON.stringify({ schedulers: keys.length, sweeps, effects })}`);
      expect(effects).toEqual({ expired: 2, expiredAudits: 2, expiredMessages: 2, autoConfirmed: 3, autoConfirmAudits: 3 });
    } finally {
      await maintenance.close();
      redis.disconnect();
    }

    for (const [replica, lines] of apiErrors) if (lines.length) console.log(`[scale] scenario 1: ${replica} warned: ${JSON.stringify(lines.slice(0, 5))}`);
    const all = answers.filter((a) => a.status >= 500);
    console.log(
      `[scale] scenario 1, all requests through haproxy: ${JSON.stringify({ requests: answers.length, byReplica: countBy(answers.map((a) => a.servedBy)), serverErrors: all.length, seconds: (Date.now() - started) / 1000 })}`,
    );
    expect(all).toEqual([]);
  });
});

function countByKey(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** A 500 is never hidden: print what the replica that answered it logged for that request id. */
async function explainServerErrors(list: readonly Answer[]): Promise<void> {
  await new Promise((r) => setTimeout(r, 200)); // the replica's log line may follow its answer
  for (const a of list.filter((x) => x.status >= 500)) {
    const logged = (apiErrors.get(a.servedBy) ?? []).filter((l) => l.requestId === a.requestId);
    console.log(`[scale] scenario 1: ${a.status} from ${a.servedBy} (request ${a.requestId}): ${JSON.stringify(a.body)}; its log: ${JSON.stringify(logged)}`);
  }
}

let workerNo = 0;
async function insertWorker(owner: Database, seeded: { tenantId: string }, n: number): Promise<string> {
  const id = randomUUID();
  const [place] = await owner.sql<
    { m: string; n: string }[]
  >`SELECT municipality_id AS m, neighbourhood_id AS n FROM workers WHERE tenant_id = ${seeded.tenantId} LIMIT 1`;
  workerNo++;
  await owner.sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
    VALUES (${seeded.tenantId}, ${id}, 'Yusuf', ${`Cap${n}`}, ${String(85073010000 + workerNo)}, ${`+3247${String(2000000 + workerNo)}`}, 'nl', 'Kerkstraat', '2', '9000',
            ${place!.m}, ${place!.n}, 'BE71096123456769', 'vdab')`;
  return id;
}

let clientNo = 100;
/** Another client of the tenant (agreement running, fee paid) with a job of its own. */
async function insertClientWithJob(owner: Database, seeded: { tenantId: string }) {
  const clientId = randomUUID();
  const jobId = randomUUID();
  const n = ++clientNo;
  const [place] = await owner.sql<
    { m: string; n: string }[]
  >`SELECT municipality_id AS m, neighbourhood_id AS n FROM clients WHERE tenant_id = ${seeded.tenantId} LIMIT 1`;
  await owner.sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, enterprise_number, client_number)
    VALUES (${seeded.tenantId}, ${clientId}, 'nonprofit', ${`Vzw ${n}`}, 'Els', 'Claes', 'Dorpstraat', ${String(n)}, '9050', ${place!.m}, ${place!.n}, '0123456749', ${n})`;
  await owner.sql`INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference, fee_paid_on)
    VALUES (${seeded.tenantId}, ${randomUUID()}, ${clientId}, current_date - 400, current_date + 200, 750, ${`+++999/${String(n).padStart(4, "0")}/00000+++`}, current_date - 400)`;
  await owner.sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
    VALUES (${seeded.tenantId}, ${jobId}, ${clientId}, 'garden.mowing', 'Gras', 120, '2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z', ${place!.n}, 'consultant', 'test')`;
  return { tenantId: seeded.tenantId, clientId, jobId };
}

/** An assignment of `minutes`, completed unless said (a completed one is no planned time: its hours are what count). */
async function insertAssignment(
  owner: Database,
  seeded: { tenantId: string; jobId: string; clientId: string },
  workerId: string,
  startsAt: string,
  minutes: number,
  status = "completed",
) {
  const id = randomUUID();
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  await owner.sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
    VALUES (${seeded.tenantId}, ${id}, ${seeded.jobId}, ${workerId}, ${seeded.clientId}, ${startsAt}, ${endsAt}, ${status}, 'test')`;
  return id;
}
