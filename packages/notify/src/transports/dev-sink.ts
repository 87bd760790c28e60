import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { PermanentDeliveryError } from "./errors.ts";
import type { OutgoingMessage, SendResult, Transport } from "./types.ts";

// Development sink (DESIGN.md "Embedded defaults"): without SMTP or SMS settings every message
// is written under .data/ and shown in the web UI's development mailbox.

export type DevMessageSummary = {
  id: string;
  kind: "email" | "sms";
  to: string;
  subject?: string;
  createdAt: string;
  /** The .eml (mail) or .txt (SMS) file. */
  path: string;
};

export type DevMessage = DevMessageSummary & {
  from?: string;
  text: string;
  html?: string;
  /** Full RFC 822 source for mail, the SMS text for SMS. */
  raw: string;
};

type Meta = Omit<DevMessage, "raw" | "path">;

/** Ids are generated here; anything else is refused, so an id can never escape the folder. */
const ID_PATTERN = /^\d{8}T\d{9}Z-\d{6}-(email|sms)-[0-9a-f]{8}$/;

let sequence = 0;

function newId(kind: "email" | "sms", now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, "");
  sequence = (sequence + 1) % 1_000_000;
  return `${stamp}-${String(sequence).padStart(6, "0")}-${kind}-${randomBytes(4).toString("hex")}`;
}

export function isDevMessageId(id: string): boolean {
  return ID_PATTERN.test(id);
}

async function writeAtomic(path: string, content: string | Buffer): Promise<void> {
  const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

function buildEml(message: { from: string; to: string; subject: string; text: string; html: string; messageId: string; date: Date }): Promise<Buffer> {
  return new MailComposer({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    date: message.date,
  })
    .compile()
    .build();
}

export type DevSinkOptions = {
  /** Folder for the messages, e.g. ".data/outbox". Created when missing. */
  dir: string;
  /** Sender used when the message has none. */
  from?: string;
};

export function createDevSinkTransport(options: DevSinkOptions): Transport {
  const { dir } = options;
  const defaultFrom = options.from ?? "Wijkwerk (development) <noreply@wijkwerk.invalid>";
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      await mkdir(dir, { recursive: true });
      const now = new Date();
      const id = newId(message.kind, now);
      const createdAt = now.toISOString();
      if (message.kind === "email") {
        const from = message.from ?? defaultFrom;
        const messageId = message.messageId ?? `<${id}@dev-sink.wijkwerk.invalid>`;
        const eml = await buildEml({ ...message, from, messageId, date: now });
        const meta: Meta = { id, kind: "email", to: message.to, from, subject: message.subject, createdAt, text: message.text, html: message.html };
        await writeAtomic(join(dir, `${id}.eml`), eml);
        // The JSON goes last: a message is listed only once both files are complete.
        await writeAtomic(join(dir, `${id}.json`), JSON.stringify(meta, null, 2));
        return { providerId: id };
      }
      if (message.kind === "sms") {
        const meta: Meta = { id, kind: "sms", to: message.to, createdAt, text: message.text };
        await writeAtomic(join(dir, `${id}.txt`), `${message.text}\n`);
        await writeAtomic(join(dir, `${id}.json`), JSON.stringify(meta, null, 2));
        return { providerId: id };
      }
      throw new PermanentDeliveryError("unknown message kind");
    },
  };
}

function contentPath(dir: string, id: string, kind: "email" | "sms"): string {
  return join(dir, `${id}.${kind === "email" ? "eml" : "txt"}`);
}

async function readMeta(dir: string, id: string): Promise<Meta | undefined> {
  try {
    const meta = JSON.parse(await readFile(join(dir, `${id}.json`), "utf8")) as Meta;
    return meta.id === id && (meta.kind === "email" || meta.kind === "sms") ? meta : undefined;
  } catch {
    return undefined;
  }
}

/** Messages in the sink, newest first. A missing folder is an empty mailbox. */
export async function listDevMessages(dir: string): Promise<DevMessageSummary[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -5))
    .filter(isDevMessageId);
  const metas = await Promise.all(ids.map((id) => readMeta(dir, id)));
  const summaries: DevMessageSummary[] = [];
  for (const meta of metas) {
    if (!meta) continue;
    const summary: DevMessageSummary = { id: meta.id, kind: meta.kind, to: meta.to, createdAt: meta.createdAt, path: contentPath(dir, meta.id, meta.kind) };
    if (meta.subject !== undefined) summary.subject = meta.subject;
    summaries.push(summary);
  }
  // Ids start with the timestamp and an in-process sequence, so they sort by time.
  return summaries.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** One message with its full content, or undefined for an unknown or malformed id. */
export async function readDevMessage(dir: string, id: string): Promise<DevMessage | undefined> {
  if (!isDevMessageId(id)) return undefined;
  const meta = await readMeta(dir, id);
  if (!meta) return undefined;
  const path = contentPath(dir, id, meta.kind);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  return { ...meta, path, raw: meta.kind === "sms" ? raw.replace(/\n$/, "") : raw };
}
