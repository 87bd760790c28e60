import net from "node:net";
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
  result.getSocket = noDelaySocket;
  if (url.username) result.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  return result;
}

/**
 * Node leaves Nagle's algorithm on for client sockets and nodemailer does not turn it off, so the
 * end of every message's DATA waited for the server's delayed ACK, about 40 ms on Linux: one
 * connection sent at most ~25 mails a second whatever the server could take (found by bench notify,
 * issue 22: raw nodemailer 110 mails/s, 1,117 with TCP_NODELAY). So each connection is our own
 * socket with TCP_NODELAY, connected here and handed to nodemailer, which still does the greeting,
 * STARTTLS or implicit TLS (smtps) and its timeouts on it.
 */
function noDelaySocket(
  options: { host?: string | undefined; port?: number | undefined; connectionTimeout?: number | undefined },
  callback: (err: Error | null, socketOptions?: { connection: net.Socket }) => void,
): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? 587 });
  socket.setNoDelay(true);
  const timer = setTimeout(() => socket.destroy(new Error("SMTP connection timed out")), options.connectionTimeout ?? 10_000);
  const failed = (err: Error) => {
    clearTimeout(timer);
    callback(err);
  };
  socket.once("error", failed);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.removeListener("error", failed);
    callback(null, { connection: socket });
  });
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
