import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "@wijkwerk/config";
import { createLogger } from "@wijkwerk/log";
// Tests only: the real API, the worker in miniature and its message stand-ins (SMTP, SMS gateway).
import { createGeo, tokenFor } from "../../api/test/fixtures/work.ts";
import { bearer, startTestApp, type TenantLogin, type TestApp } from "../../api/test/helpers.ts";
import { createTransports } from "../../worker/src/notifications/runtime.ts";
import { daytimeClock, startPipeline, startSmsGateway, startSmtpSink, type Pipeline } from "../../worker/test/notify-harness.ts";
import { buildWeb } from "../src/app.ts";

/** Every line a service logged, as written (text) and parsed. */
export interface LogSink {
  stream: Writable;
  text(): string;
  lines(): Record<string, unknown>[];
}

export function logSink(): LogSink {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const text = () => chunks.join("");
  return {
    stream,
    text,
    lines: () =>
      text()
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export interface LoggedStack {
  api: TestApp;
  web: FastifyInstance;
  webUrl: string;
  pipeline: Pipeline;
  gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  logs: { api: LogSink; web: LogSink; worker: LogSink };
  close(): Promise<void>;
}

/**
 * Web → API → outbox → relay → worker → SMTP / SMS gateway, each service logging at debug level
 * into a sink the test reads (issue 21): the same loggers the processes use, other destinations.
 */
export async function startLoggedStack(): Promise<LoggedStack> {
  const logs = { api: logSink(), web: logSink(), worker: logSink() };
  const api = await startTestApp({ LOG_LEVEL: "debug" }, { logStream: logs.api.stream });
  await api.app.listen({ port: 0, host: "127.0.0.1" });
  const apiUrl = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
  const web = await buildWeb({ config: loadConfig({ ...process.env, NODE_ENV: "test", LOG_LEVEL: "debug" }), apiBaseUrl: apiUrl, logStream: logs.web.stream });
  await web.listen({ port: 0, host: "127.0.0.1" });
  const webUrl = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
  const smtp = await startSmtpSink();
  const gateway = await startSmsGateway();
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: api.tdb.ownerUrl,
    SMTP_URL: smtp.url,
    SMS_GATEWAY_URL: gateway.url,
    SMS_GATEWAY_TOKEN: gateway.token,
    LOG_LEVEL: "debug",
  });
  const pipeline = startPipeline({
    redisUrl: config.REDIS_URL,
    prefix: `lg${randomBytes(4).toString("hex")}`,
    database: api.owner,
    config,
    transports: createTransports(config),
    now: daytimeClock(),
    log: createLogger({ service: "worker", level: config.LOG_LEVEL, destination: logs.worker.stream }),
  });
  return {
    api,
    web,
    webUrl,
    pipeline,
    gateway,
    smtp,
    logs,
    close: async () => {
      await pipeline.stop().catch(() => undefined);
      await Promise.allSettled([smtp.close(), gateway.close()]);
      await web.close();
      await api.close();
    },
  };
}

/** A form token and its cookie, from a page of the web (no session). */
export async function formToken(webUrl: string, path = "/aanmelden"): Promise<{ token: string; cookie: string }> {
  const page = await fetch(`${webUrl}${path}`);
  const token = (await page.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { token, cookie };
}

/** POSTs a form to the web, as a browser without JavaScript would. */
export function postForm(
  webUrl: string,
  path: string,
  form: { token: string; cookie: string },
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return fetch(`${webUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: form.cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ _csrf: form.token, ...fields }).toString(),
  });
}

/** The worker's personal numbers: they must never show up in a log line. */
export const WORKER_INSZ = "85073001744";
export const WORKER_IBAN = "BE68539007547034";
export const WORKER_PHONE = "+32470123456";

/** Registers a worker with INSZ, IBAN and a mobile number through the API (as a consultant); the response. */
export async function registerWorker(
  s: LoggedStack,
  tenant: TenantLogin,
  over: Record<string, unknown> = {},
): Promise<{ id: string; nationalNumber: string; iban: string }> {
  const geo = await createGeo(s.api, tenant.tenantId);
  const res = await s.api.app.inject({
    method: "POST",
    url: "/v1/workers",
    headers: bearer(tokenFor(s.api, tenant.tenantId, "consultant")),
    payload: {
      firstName: "Fatima",
      lastName: "El Amrani",
      nationalNumber: `${WORKER_INSZ.slice(0, 2)}.${WORKER_INSZ.slice(2, 4)}.${WORKER_INSZ.slice(4, 6)}-${WORKER_INSZ.slice(6, 9)}.${WORKER_INSZ.slice(9)}`,
      phone: "0470 12 34 56",
      language: "nl",
      address: { street: "Wondelgemstraat", number: "12", postalCode: "9000", municipalityId: geo.municipalityId, neighbourhoodId: geo.brugse },
      iban: "BE68 5390 0754 7034",
      referrer: "vdab",
      availability: [{ weekday: 1, from: "08:00", to: "12:00" }],
      activityCodes: ["garden.hedges"],
      ...over,
    },
  });
  if (res.statusCode !== 201) throw new Error(`worker not registered: ${res.statusCode} ${res.body}`);
  return res.json();
}
