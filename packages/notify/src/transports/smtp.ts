import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { PermanentDeliveryError, TransientDeliveryError } from "./errors.ts";
import type { OutgoingMessage, SendResult, Transport } from "./types.ts";

export type SmtpTransportOptions = {
  /** smtp://user:pass@host:port (plain or STARTTLS) or smtps://... (TLS from the start). */
  url: string;
  /** Default sender, e.g. "Wijk-werken Gent <noreply@wijkwerk.be>". */
  from: string;
  /** Keep a pool of connections open (default true). */
  pool?: boolean;
  maxConnections?: number;
};

function poolOptions(options: SmtpTransportOptions): SMTPPool.Options {
  const url = new URL(options.url);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error(`unsupported SMTP url scheme: ${url.protocol}`);
  const secure = url.protocol === "smtps:";
  const result: SMTPPool.Options = {
    pool: true,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  if (url.username) result.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  return result;
}

function withoutPool(options: SMTPPool.Options): SMTPTransport.Options {
  const { pool: _pool, maxConnections: _max, ...rest } = options;
  return rest;
}

function classify(error: unknown): Error {
  const responseCode = (error as { responseCode?: unknown }).responseCode;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  // 5xx replies are final answers about this message (unknown mailbox, rejected content).
  // A refused login is our configuration, not the message: keep it retryable until fixed.
  if (typeof responseCode === "number" && responseCode >= 500 && responseCode < 600 && code !== "EAUTH") {
    return new PermanentDeliveryError(`SMTP rejected the message: ${message}`, { status: responseCode, cause: error });
  }
  const options: { cause: unknown; status?: number } = { cause: error };
  if (typeof responseCode === "number") options.status = responseCode;
  return new TransientDeliveryError(`SMTP delivery failed: ${message}`, options);
}

export function createSmtpTransport(options: SmtpTransportOptions): Transport {
  const config = poolOptions(options);
  const transporter = options.pool === false ? nodemailer.createTransport(withoutPool(config)) : nodemailer.createTransport(config);
  let closed = false;
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      if (message.kind !== "email") throw new PermanentDeliveryError(`SMTP transport cannot send ${message.kind}`);
      try {
        const info = await transporter.sendMail({
          from: message.from ?? options.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          ...(message.messageId ? { messageId: message.messageId } : {}),
        });
        const id = (info as { messageId?: unknown }).messageId;
        return typeof id === "string" ? { providerId: id } : {};
      } catch (error) {
        throw classify(error);
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      transporter.close();
    },
  };
}
