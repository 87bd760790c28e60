import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Queue, QueueEvents, UnrecoverableError, Worker } from "bullmq";
import { SMTPServer } from "smtp-server";
import { loadConfig, type Config } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import type { Logger } from "@wijkwerk/log";
import type { Transport } from "@wijkwerk/notify";
import { createRedis, QUEUES, writeOutbox, type EventJobName, type EventPayload, type OutboxMessage, type QueueName } from "@wijkwerk/queue";
import { dispatcher, processors, type ProcessorDeps } from "../src/processors/index.ts";
import "../src/processors/register.ts";
// Only the type: startApi loads the API when a test asks for it.
import type { buildApp } from "../../api/src/app.ts";
import { closeNotifyRuntime, createNotifyRuntime, createTransports, type NotifyRuntime } from "../src/notifications/runtime.ts";
import { startRelay } from "../src/relay.ts";

export interface SinkMail {
  to: string[];
  raw: string;
}

/** A real SMTP listener that keeps what it receives. */
export async function startSmtpSink(options: { delayMs?: number } = {}): Promise<{ url: string; mails: SinkMail[]; count(): number; close(): Promise<void> }> {
  const mails: SinkMail[] = [];
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    maxClients: 200,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        // Accepted only after the delay: a worker killed meanwhile never hears the 250.
        setTimeout(() => {
          received++;
          if (mails.length < 1000) mails.push({ to: (session.envelope.rcptTo || []).map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  // A worker killed mid-send (send-once.test.ts) resets its connections: that is expected, not a failure.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, count: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface GatewayRequest {
  to: string;
  text: string;
  reference: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
}

/**
 * A local HTTP SMS gateway; `plan` holds the statuses to answer next (default 200), `delayMs` how
 * long it takes to answer. It honours Idempotency-Key as packages/notify/README.md asks of a real
 * gateway: a key it accepted before gets the first answer again and no second SMS (`repeats`).
 */
export async function startSmsGateway(options: { delayMs?: number } = {}): Promise<{
  url: string;
  token: string;
  requests: GatewayRequest[];
  accepted: GatewayRequest[];
  repeats: GatewayRequest[];
  plan: number[];
  close(): Promise<void>;
}> {
  const token = "test-gateway-token";
  const requests: GatewayRequest[] = [];
  const accepted: GatewayRequest[] = [];
  const repeats: GatewayRequest[] = [];
  const plan: number[] = [];
  const answered = new Map<string, string>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    // A worker killed mid-request resets the connection: expected in send-once.test.ts.
    req.on("error", () => undefined);
    res.on("error", () => undefined);
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as GatewayRequest;
      const key = req.headers["idempotency-key"] as string | undefined;
      const r = { ...body, authorization: req.headers.authorization, idempotencyKey: key };
      requests.push(r);
      const reply = (status: number, payload: unknown) =>
        setTimeout(() => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(payload));
        }, options.delayMs ?? 0);
      const first = key ? answered.get(key) : undefined;
      if (first) {
        repeats.push(r);
        return reply(200, { id: first });
      }
      const status = plan.shift() ?? 200;
      if (status !== 200) return reply(status, { error: `status ${status}` });
      const id = `gw-${randomUUID()}`;
      if (key) answered.set(key, id);
      accepted.push(r);
      reply(200, { id });
    });
  });
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1/messages`,
    token,
    requests,
    accepted,
    repeats,
    plan,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Pipeline {
  queues: Record<QueueName, Queue>;
  runtime: NotifyRuntime;
  deps: ProcessorDeps;
  workers: Worker[];
  stop(): Promise<void>;
}

/**
 * The worker process in miniature, with the same dispatch and concurrency as main.ts: relay +
 * real BullMQ Workers for events, email and sms on a private Redis prefix.
 */
/**
 * A clock that runs at real speed but reads 11:00 Brussels on a working day, so tests that send
 * SMS do not depend on when they run (21:00–08:00 would hold every SMS for quiet hours).
 */
export function daytimeClock(start = "2026-03-03T10:00:00Z"): () => Date {
  const realStart = Date.now();
  const base = Date.parse(start);
  return () => new Date(base + (Date.now() - realStart));
}

export function startPipeline(opts: {
  redisUrl: string;
  prefix: string;
  database: Database;
  config: Config;
  transports: { email: Transport; sms: Transport };
  now?: () => Date;
  backoffMs?: number;
  relay?: boolean;
  /** The worker's logger (tests read its lines); none by default. */
  log?: Logger;
}): Pipeline {
  const producer = createRedis(opts.redisUrl, "producer");
  // Redis going away is part of the tests: keep ioredis from printing every reconnect attempt.
  const quiet = <T extends { on(event: "error", fn: () => void): unknown }>(c: T): T => (c.on("error", () => undefined), c);
  quiet(producer);
  const queues = Object.fromEntries(
    Object.values(QUEUES).map((name) => [
      name,
      new Queue(name, {
        connection: producer,
        prefix: opts.prefix,
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: "exponential", delay: opts.backoffMs ?? 50 },
          removeOnComplete: { count: 5000 },
          removeOnFail: { count: 20000 },
        },
      }),
    ]),
  ) as Record<QueueName, Queue>;
  const runtime = createNotifyRuntime(
    opts.config,
    { email: queues.email, sms: queues.sms },
    { transports: opts.transports, ...(opts.now ? { now: opts.now } : {}) },
  );
  const deps: ProcessorDeps = { config: opts.config, database: opts.database, notify: runtime, ...(opts.log ? { log: opts.log } : {}) };
  const workers = (["events", "email", "sms"] as const).map(
    (name) =>
      new Worker(name, dispatcher(name, deps), {
        connection: quiet(createRedis(opts.redisUrl, "worker")),
        prefix: opts.prefix,
        concurrency: name === "email" || name === "sms" ? 20 : 5,
      }),
  );
  for (const w of workers) w.on("error", () => undefined);
  const relay =
    opts.relay === false
      ? undefined
      : startRelay({
          database: opts.database,
          queues,
          intervalMs: 100,
          enqueueTimeoutMs: 500,
          ...(opts.log ? { log: (msg: string, extra?: Record<string, unknown>) => opts.log?.warn(extra ?? {}, msg) } : {}),
        });
  return {
    queues,
    runtime,
    deps,
    workers,
    stop: async () => {
      await relay?.stop();
      await Promise.allSettled(workers.map((w) => w.close(true)));
      await Promise.allSettled(Object.values(queues).map((q) => q.close()));
      await closeNotifyRuntime(runtime);
      producer.disconnect();
    },
  };
}

export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One event written to the outbox as a producer writes it (the relay takes it from there); its outbox id. */
export async function emitEvent<N extends EventJobName>(owner: Database, tenantId: string, name: N, payload: EventPayload<N>): Promise<string> {
  const [id] = await owner.withTenant(tenantId, (tx) => writeOutbox(tx, tenantId, { topic: `events/${name}`, payload } as OutboxMessage));
  return id!;
}

/** The deliveries one outbox row led to, by channel (email before sms). */
export const outboxDeliveries = <D extends { status: string }>(owner: Database, outboxId: string) =>
  owner.sql<D[]>`SELECT * FROM deliveries WHERE outbox_id = ${outboxId} ORDER BY channel`;

/** Those deliveries once there are `n` and none is still queued or sending (sent, failed, suppressed…). */
export const settledDeliveries = <D extends { status: string }>(owner: Database, outboxId: string, n: number) =>
  waitFor(async () => {
    const rows = await outboxDeliveries<D>(owner, outboxId);
    return rows.length === n && rows.every((r) => r.status !== "queued" && r.status !== "sending") ? rows : undefined;
  }, `${n} settled deliveries of ${outboxId}`);

/** One tenant with a municipality, neighbourhood, a worker, a client, a job and a proposal. */
export async function seedTenant(owner: Database, opts: { slug: string; workerLanguage?: string; workerEmail?: string | null; workerSmsOptOut?: boolean }) {
  const sql = owner.sql;
  const tenantId = randomUUID();
  const municipalityId = randomUUID();
  const neighbourhoodId = randomUUID();
  const workerId = randomUUID();
  const clientId = randomUUID();
  const jobId = randomUUID();
  await sql`INSERT INTO tenants (id, slug, name, settings) VALUES (${tenantId}, ${opts.slug}, 'Wijk-Werken Gent', ${JSON.stringify({ organisationPhone: "09 266 00 00" })}::jsonb)`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${municipalityId}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${neighbourhoodId}, ${municipalityId}, 'Ledeberg', 51.03, 3.74)`;
  await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, email, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer, sms_opt_out)
            VALUES (${tenantId}, ${workerId}, 'Amina', 'Bakkali', '85073003328', '+32471000001', ${opts.workerEmail === undefined ? "amina@example.be" : opts.workerEmail},
                    ${opts.workerLanguage ?? "nl"}, 'Kerkstraat', '1', '9000', ${municipalityId}, ${neighbourhoodId}, 'BE71096123456769', 'vdab', ${opts.workerSmsOptOut ?? false})`;
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, phone, email, language, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
            VALUES (${tenantId}, ${clientId}, 'private', 'Jeanne Peeters', 'Jeanne', 'Peeters', '+32472000002', 'jeanne@example.be', 'nl', 'Dorpstraat', '12', '9050', ${municipalityId}, ${neighbourhoodId}, 1)`;
  await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
            VALUES (${tenantId}, ${jobId}, ${clientId}, 'garden.mowing', 'Gras', 120, '2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z', ${neighbourhoodId}, 'consultant', 'test')`;
  let slot = 0;
  /** A new assignment in `status`, starting at `startsAt` (distinct hours so they never overlap). */
  const assignment = async (status = "proposed", startsAt?: string): Promise<string> => {
    const id = randomUUID();
    slot++;
    const start = startsAt ? new Date(startsAt) : new Date(Date.UTC(2027, 0, 1, 0) + slot * 3 * 3_600_000);
    await sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, expires_at, created_by_id)
              VALUES (${tenantId}, ${id}, ${jobId}, ${workerId}, ${clientId}, ${start.toISOString()}, ${new Date(start.getTime() + 2 * 3_600_000).toISOString()}, ${status},
                      ${new Date(start.getTime() - 86_400_000).toISOString()}, 'test')`;
    return id;
  };
  return { tenantId, workerId, clientId, jobId, assignment };
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
export type SmsGateway = Awaited<ReturnType<typeof startSmsGateway>>;
export type ApiApp = Awaited<ReturnType<typeof buildApp>>;

/** What a notification test runs against; `stop()` takes it all down again, in order. */
export interface PipelineFixture {
  tdb: TestDatabase;
  /** The owner connection (no RLS): tests seed and read with it, the worker runs on it. */
  owner: Database;
  /** The worker's config, pointing at the SMTP sink and the SMS gateway stand-in. */
  config: Config;
  smtp: SmtpSink;
  gateway: SmsGateway;
  pipeline: Pipeline;
  /**
   * The API on the same database (its app role), for tests that act or read as staff do;
   * `env` adds to its config (an inbound SMS token, its own PUBLIC_WEB_URL).
   */
  startApi(env?: Record<string, string>): Promise<ApiApp>;
  /**
   * The maintenance queue as main.ts runs it (the scheduled sweeps are jobs like any other);
   * returns how to run one sweep as of `now` and wait for it to finish.
   */
  startMaintenance(): Promise<(jobName: string, now: Date) => Promise<unknown>>;
  stop(): Promise<void>;
}

/**
 * The set-up every notification test shares: a fresh test database, a real SMTP sink, a real HTTP
 * SMS gateway stand-in, the worker's config pointing at both, and the pipeline on a private Redis
 * prefix named after `prefix`. Written once so that the tests differ only in what they check.
 */
export async function startFixture(opts: {
  /** A short tag that makes this test file's Redis prefixes recognisable (and distinct from others'). */
  prefix: string;
  /** The worker's PUBLIC_WEB_URL (the links in messages). */
  publicWebUrl?: string;
  /** The worker's clock; by default 11:00 Brussels on a working day (see daytimeClock). */
  now?: () => Date;
}): Promise<PipelineFixture> {
  const base = loadConfig();
  const prefix = `${opts.prefix}${randomBytes(4).toString("hex")}`;
  // Filled in as they start, so that a set-up failing half-way still takes down what did start.
  let tdb: TestDatabase | undefined;
  let owner: Database | undefined;
  let smtp: SmtpSink | undefined;
  let gateway: SmsGateway | undefined;
  let pipeline: Pipeline | undefined;
  let api: { app: ApiApp; database: Database; redis: ReturnType<typeof createRedis> } | undefined;
  let maintenance: { worker: Worker; finished: QueueEvents } | undefined;
  const stop = async () => {
    await Promise.allSettled([maintenance?.worker.close(), maintenance?.finished.close()]);
    await pipeline?.stop().catch(() => undefined);
    await Promise.allSettled([smtp?.close(), gateway?.close(), api?.app.close()]);
    await Promise.allSettled([api?.database.close(), api?.redis.quit()]);
    await owner?.close();
    await tdb?.drop();
  };
  try {
    tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
    owner = createDatabase(tdb.ownerUrl, { max: 10 });
    smtp = await startSmtpSink();
    gateway = await startSmsGateway();
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: tdb.ownerUrl,
      PUBLIC_WEB_URL: opts.publicWebUrl ?? "https://wijk.werk",
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: gateway.token,
    });
    pipeline = startPipeline({
      redisUrl: base.REDIS_URL,
      prefix,
      database: owner,
      config,
      transports: createTransports(config),
      now: opts.now ?? daytimeClock(),
    });
    const ready = { tdb, owner, smtp, gateway, pipeline };
    return {
      ...ready,
      config,
      async startApi(env = {}) {
        // Loaded only here: most users of this harness never start the API.
        const { buildApp: build } = await import("../../api/src/app.ts");
        const database = createDatabase(ready.tdb.appUrl, { max: 3 });
        const redis = createRedis(base.REDIS_URL, "producer");
        const apiConfig = loadConfig({
          ...process.env,
          DATABASE_URL: ready.tdb.ownerUrl,
          DATABASE_APP_URL: ready.tdb.appUrl,
          REDIS_PREFIX: `${prefix}api`,
          ...env,
        });
        const app = await build({ config: apiConfig, database, redis });
        api = { app, database, redis };
        await app.ready();
        return app;
      },
      async startMaintenance() {
        const worker = new Worker(
          "maintenance",
          async (job) => {
            const handler = processors.maintenance?.[job.name];
            if (!handler) throw new UnrecoverableError(`No handler for maintenance/${job.name}`);
            return handler(job, ready.pipeline.deps);
          },
          { connection: createRedis(base.REDIS_URL, "worker"), prefix },
        );
        const finished = new QueueEvents("maintenance", { connection: createRedis(base.REDIS_URL, "worker"), prefix });
        maintenance = { worker, finished };
        await finished.waitUntilReady();
        return async (jobName, now) => {
          const job = await ready.pipeline.queues.maintenance.add(jobName, { now: now.toISOString() });
          return job.waitUntilFinished(finished, 15_000);
        };
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
