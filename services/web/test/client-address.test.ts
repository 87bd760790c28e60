import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { buildWeb } from "../src/app.ts";

/**
 * Issue 13 item 12: the API limits sign-ins and code requests per address, so the web must tell it
 * whose request it is making (X-Forwarded-For), and must itself believe a forwarded address only
 * from TRUST_PROXY (a reverse proxy in front of it; loopback by default).
 */
let api: FastifyInstance;
let web: FastifyInstance;
const seen: (string | undefined)[] = [];

beforeAll(async () => {
  // A stand-in for the API that records who the web says is asking.
  api = Fastify();
  api.all("/*", async (request, reply) => {
    seen.push(request.headers["x-forwarded-for"] as string | undefined);
    return reply.status(503).type("application/problem+json").send({ title: "stand-in", status: 503, code: "service.unavailable" });
  });
  await api.listen({ port: 0, host: "127.0.0.1" });
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  web = await buildWeb({ config, apiBaseUrl: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}` });
  await web.ready();
});
afterAll(async () => {
  await web?.close();
  await api?.close();
});

const claims = Buffer.from(JSON.stringify({ role: "consultant", exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url");
const session = { ww_session: `e30.${claims}.sig` };

describe("the web forwards the person's address to the API", () => {
  it("a request through a trusted proxy (loopback) is forwarded with the address the proxy names", async () => {
    seen.length = 0;
    await web.inject({ url: "/consulent", cookies: session, headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(["203.0.113.7"]));
  });

  it("a client that is not a trusted proxy cannot name another address: its own is forwarded", async () => {
    seen.length = 0;
    await web.inject({ url: "/consulent", cookies: session, remoteAddress: "192.0.2.9", headers: { "x-forwarded-for": "10.0.0.1" } });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(["192.0.2.9"]));
  });
});
