import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createRenderer, createSmtpTransport, messageIdFor, PermanentDeliveryError, TransientDeliveryError } from "../src/index.ts";
import type { Transport } from "../src/index.ts";
import { LONGEST } from "./fixtures.ts";

type Received = { from: string; to: string[]; user: string | undefined; raw: string };

describe("SMTP transport against a real SMTP listener", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;
  let transport: Transport;

  beforeAll(async () => {
    server = new SMTPServer({
      secure: false,
      disabledCommands: ["STARTTLS"],
      authOptional: true,
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === "mailer" && auth.password === "s3cret/pass") callback(null, { user: auth.username });
        else callback(new Error("Invalid username or password"));
      },
      onRcptTo(address, _session, callback) {
        if (address.address.endsWith("@rejected.example")) {
          const error = new Error("No such user") as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
        } else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            user: typeof session.user === "string" ? session.user : undefined,
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
    transport = createSmtpTransport({
      url: `smtp://mailer:${encodeURIComponent("s3cret/pass")}@127.0.0.1:${port}`,
      from: "Wijk-werken Gent <noreply@wijkwerk.test>",
      pool: true,
    });
  });

  afterAll(async () => {
    await transport.close?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("delivers a rendered mail with subject, recipient and text", async () => {
    const email = createRenderer().render("assignment.proposed", "nl", LONGEST["assignment.proposed"]).email;
    if (!email) throw new Error("no email rendered");
    const result = await transport.send({ kind: "email", to: "marie@example.test", ...email });
    expect(result.providerId).toMatch(/^<.+@.+>$/);
    const mail = received.at(-1);
    expect(mail?.to).toEqual(["marie@example.test"]);
    expect(mail?.from).toBe("noreply@wijkwerk.test");
    expect(mail?.user).toBe("mailer");
    const raw = mail?.raw ?? "";
    expect(raw).toMatch(/^Subject: /m);
    expect(raw).toContain("To: marie@example.test");
    expect(raw).toContain(`Message-ID: ${result.providerId ?? ""}`);
    expect(raw).toContain("multipart/alternative");
    // Subject and body are encoded (UTF-8); decode the quoted-printable text part to compare.
    const decoded = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(Buffer.from(decoded, "latin1").toString("utf8")).toContain("Zeg ja of nee vóór maandag 28 december om 18.00 uur.");
    expect(raw).toMatch(/Subject: .*Nieuwe klus voor jou/s);
  });

  it("sends the caller's stable Message-ID, the same on every attempt (issue 13 item 8)", async () => {
    const messageId = messageIdFor("3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f", "Wijk-Werken Gent <noreply@gent.wijkwerk.be>");
    expect(messageId).toBe("<delivery-3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f@gent.wijkwerk.be>");
    for (let i = 0; i < 2; i++) {
      const result = await transport.send({ kind: "email", to: "marie@example.test", subject: "Code", text: "123456", html: "<p>123456</p>", messageId });
      expect(result.providerId).toBe(messageId);
      // A long header may be folded onto the next line.
      expect(/^Message-ID:\s*(<[^>]+>)/im.exec(received.at(-1)?.raw ?? "")?.[1]).toBe(messageId);
    }
  });

  it("reuses the pool for several mails and honours a per-message sender", async () => {
    const before = received.length;
    await Promise.all(
      [1, 2, 3].map((n) =>
        transport.send({
          kind: "email",
          to: `client${n}@example.test`,
          from: "Other <other@wijkwerk.test>",
          subject: `Test ${n}`,
          html: `<p>${n}</p>`,
          text: `${n}`,
        }),
      ),
    );
    const batch = received.slice(before);
    expect(batch.map((m) => m.to[0]).sort()).toEqual(["client1@example.test", "client2@example.test", "client3@example.test"]);
    expect(batch.every((m) => m.from === "other@wijkwerk.test")).toBe(true);
  });

  it("turns a 5xx rejection into a permanent error", async () => {
    await expect(transport.send({ kind: "email", to: "nobody@rejected.example", subject: "x", html: "<p>x</p>", text: "x" })).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
  });

  it("refuses SMS", async () => {
    await expect(transport.send({ kind: "sms", to: "+32470123456", text: "x" })).rejects.toBeInstanceOf(PermanentDeliveryError);
  });

  it("reports an unreachable server as transient", async () => {
    const closed = new SMTPServer({ secure: false, disabledCommands: ["STARTTLS"], authOptional: true, logger: false });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dead = createSmtpTransport({ url: `smtp://127.0.0.1:${deadPort}`, from: "x@wijkwerk.test" });
    try {
      await expect(dead.send({ kind: "email", to: "a@example.test", subject: "x", html: "x", text: "x" })).rejects.toBeInstanceOf(TransientDeliveryError);
    } finally {
      await dead.close?.();
    }
  });
});
