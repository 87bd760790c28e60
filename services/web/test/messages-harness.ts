import { randomBytes } from "node:crypto";
import { loadConfig } from "@wijkwerk/config";
// The real worker process in miniature and the local HTTP SMS gateway stand-in (services/worker/test).
import { createTransports } from "../../worker/src/notifications/runtime.ts";
import { daytimeClock, startPipeline, startSmsGateway, startSmtpSink, waitFor, type Pipeline } from "../../worker/test/notify-harness.ts";
import type { Harness } from "./browser-harness.ts";

export interface Messages {
  pipeline: Pipeline;
  gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  /** The first SMS to `phone` (E.164) matching `test` that was not there before `since` was taken. */
  nextSms(phone: string, test: RegExp, since: Set<string>, what: string): Promise<string>;
  /** The texts sent to `phone` so far (to wait for the next one). */
  seen(phone: string): Set<string>;
  stop(): Promise<void>;
}

/**
 * Messages really sent for a browser test: the relay and the notification workers on the API's
 * database, a real SMTP listener and the SMS gateway stand-in. Daytime clock: quiet hours never
 * hold a test's SMS back.
 */
export async function startMessages(h: Harness): Promise<Messages> {
  const smtp = await startSmtpSink();
  const gateway = await startSmsGateway();
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: h.api.tdb.ownerUrl,
    SMTP_URL: smtp.url,
    SMS_GATEWAY_URL: gateway.url,
    SMS_GATEWAY_TOKEN: gateway.token,
  });
  const pipeline = startPipeline({
    redisUrl: config.REDIS_URL,
    prefix: `bw${randomBytes(4).toString("hex")}`,
    // The worker process uses the owner connection (cross-tenant relay), as in production.
    database: h.api.owner,
    config,
    transports: createTransports(config),
    now: daytimeClock(),
  });
  const seen = (phone: string) => new Set(gateway.accepted.filter((r) => r.to === phone).map((r) => r.text));
  return {
    pipeline,
    gateway,
    smtp,
    seen,
    nextSms: async (phone, test, since, what) =>
      (await waitFor(async () => gateway.accepted.find((r) => r.to === phone && !since.has(r.text) && test.test(r.text)), what)).text,
    stop: async () => {
      await pipeline.stop().catch(() => undefined);
      await Promise.allSettled([smtp.close(), gateway.close()]);
    },
  };
}
