import type { Queue } from "bullmq";
import type { Config } from "@wijkwerk/config";
import { createDevSinkTransport, createRenderer, createSmsGatewayTransport, createSmtpTransport, type Renderer, type Transport } from "@wijkwerk/notify";

/** What the notification processors need besides the database; built once per process. */
export interface NotifyRuntime {
  renderer: Renderer;
  transports: { email: Transport; sms: Transport };
  queues: { email: Queue; sms: Queue };
  /** Injectable clock: quiet hours and "today" are decided with it (tests move it). */
  now(): Date;
}

/**
 * Transports from configuration (DESIGN.md "Embedded defaults"): SMTP_URL → pooled SMTP,
 * SMS_GATEWAY_URL + SMS_GATEWAY_TOKEN → HTTP gateway, otherwise the development sink.
 */
export function createTransports(config: Config, options: { smtpMaxConnections?: number } = {}): { email: Transport; sms: Transport } {
  const sink = createDevSinkTransport({ dir: config.DEV_SINK_DIR, from: config.MAIL_FROM });
  const email = config.SMTP_URL
    ? createSmtpTransport({
        url: config.SMTP_URL,
        from: config.MAIL_FROM,
        pool: true,
        ...(options.smtpMaxConnections ? { maxConnections: options.smtpMaxConnections } : {}),
      })
    : sink;
  const sms =
    config.SMS_GATEWAY_URL && config.SMS_GATEWAY_TOKEN ? createSmsGatewayTransport({ url: config.SMS_GATEWAY_URL, token: config.SMS_GATEWAY_TOKEN }) : sink;
  return { email, sms };
}

export function createNotifyRuntime(
  config: Config,
  queues: { email: Queue; sms: Queue },
  options: { now?: () => Date; transports?: { email: Transport; sms: Transport } } = {},
): NotifyRuntime {
  return {
    renderer: createRenderer(),
    transports: options.transports ?? createTransports(config),
    queues,
    now: options.now ?? (() => new Date()),
  };
}

export async function closeNotifyRuntime(runtime: NotifyRuntime): Promise<void> {
  const { email, sms } = runtime.transports;
  await Promise.allSettled([email.close?.(), sms === email ? undefined : sms.close?.()]);
}
