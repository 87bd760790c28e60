import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmsGatewayTransport, PermanentDeliveryError, TransientDeliveryError } from "../src/index.ts";

type Seen = {
  method: string | undefined;
  path: string | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
  idempotencyKey: string | string[] | undefined;
  body: unknown;
};

describe("SMS gateway transport against a local HTTP server", () => {
  const seen: Seen[] = [];
  // The test decides the answer through the path: /ok, /400, /503, /429, /slow, /no-json.
  let server: Server;
  let base = "";

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        seen.push({
          method: req.method,
          path: req.url,
          authorization: req.headers.authorization,
          contentType: req.headers["content-type"],
          idempotencyKey: req.headers["idempotency-key"],
          body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown,
        });
        const json = (status: number, body: unknown): void => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        };
        if (req.headers.authorization !== "Bearer test-token") return json(401, { error: "unauthorized" });
        switch (req.url) {
          case "/ok":
            return json(201, { id: "gw-42" });
          case "/400":
            return json(400, { error: "invalid number" });
          case "/503":
            return json(503, { error: "maintenance" });
          case "/429":
            return json(429, { error: "slow down" });
          case "/no-json":
            res.writeHead(202);
            return res.end("accepted");
          case "/slow":
            setTimeout(() => json(200, { id: "late" }), 1_000);
            return;
          default:
            return json(404, { error: "not found" });
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const gateway = (path: string, token = "test-token", timeoutMs = 2_000) => createSmsGatewayTransport({ url: `${base}${path}`, token, timeoutMs });

  it("posts JSON with a bearer token and returns the gateway id", async () => {
    const result = await gateway("/ok").send({ kind: "sms", to: "+32470123456", text: "Klus morgen 9.00", reference: "outbox-1" });
    expect(result).toEqual({ providerId: "gw-42" });
    const request = seen.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.authorization).toBe("Bearer test-token");
    expect(request?.contentType).toBe("application/json");
    expect(request?.body).toEqual({ to: "+32470123456", text: "Klus morgen 9.00", reference: "outbox-1" });
    // Issue 13 item 8: a repeat of the same delivery carries the same key, for the gateway to drop.
    expect(request?.idempotencyKey).toBe("outbox-1");
  });

  it("makes up a reference when the caller has none", async () => {
    await gateway("/ok").send({ kind: "sms", to: "+32470123456", text: "x" });
    expect((seen.at(-1)?.body as { reference?: unknown }).reference).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("treats 400 as permanent", async () => {
    const error = await gateway("/400")
      .send({ kind: "sms", to: "+32470123456", text: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as PermanentDeliveryError).status).toBe(400);
    expect((error as PermanentDeliveryError).permanent).toBe(true);
  });

  it("treats a wrong token (401) as permanent", async () => {
    await expect(gateway("/ok", "wrong").send({ kind: "sms", to: "+32470123456", text: "x" })).rejects.toBeInstanceOf(PermanentDeliveryError);
  });

  it("treats 503 and 429 as transient", async () => {
    const error = await gateway("/503")
      .send({ kind: "sms", to: "+32470123456", text: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).status).toBe(503);
    expect((error as TransientDeliveryError).permanent).toBe(false);
    await expect(gateway("/429").send({ kind: "sms", to: "+32470123456", text: "x" })).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it("treats a timeout as transient", async () => {
    await expect(gateway("/slow", "test-token", 100).send({ kind: "sms", to: "+32470123456", text: "x" })).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it("treats a refused connection as transient", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dead = createSmsGatewayTransport({ url: `http://127.0.0.1:${port}/`, token: "t", timeoutMs: 1_000 });
    await expect(dead.send({ kind: "sms", to: "+32470123456", text: "x" })).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it("accepts a 2xx without a JSON body rather than sending twice", async () => {
    await expect(gateway("/no-json").send({ kind: "sms", to: "+32470123456", text: "x" })).resolves.toEqual({});
  });

  it("refuses a number that is not E.164 and mail, without calling the gateway", async () => {
    const before = seen.length;
    await expect(gateway("/ok").send({ kind: "sms", to: "0470 12 34 56", text: "x" })).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(gateway("/ok").send({ kind: "email", to: "a@example.test", subject: "x", html: "x", text: "x" })).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    expect(seen.length).toBe(before);
  });
});
