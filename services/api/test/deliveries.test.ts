import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue "Notifications": delivery status readable over the API (consultant/admin), tenants apart.
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let consultant: string;
let finance: string;
const workerA = randomUUID();
const workerB = randomUUID();
let failedId: string;
let aalstId: string;

async function delivery(
  tenantId: string,
  values: { recipientId: string; status: string; channel?: string; event?: string; lastError?: string | null; at: string },
): Promise<string> {
  const id = randomUUID();
  await t.owner
    .sql`INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text, last_error, created_at)
    VALUES (${tenantId}, ${id}, ${values.event ?? "assignment.proposed"}, ${values.channel ?? "sms"}, 'worker', ${values.recipientId}, '+32471000001', 'nl', ${id}, ${values.status},
            'secret body 123456', ${values.lastError ?? null}, ${values.at})`;
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  for (const [role, email] of [
    ["consultant", "lies@gent.be"],
    ["finance", "fin@gent.be"],
  ] as const) {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/staff",
      headers: bearer(gent.token),
      payload: { email, name: role, role, password: "long enough password" },
    });
    expect(res.statusCode).toBe(201);
  }
  consultant = await login(t, "gent", "lies@gent.be", "long enough password");
  finance = await login(t, "gent", "fin@gent.be", "long enough password");
  for (let i = 0; i < 5; i++) await delivery(gent.tenantId, { recipientId: workerA, status: "sent", at: `2026-03-01T10:00:00.12345${i}Z` });
  failedId = await delivery(gent.tenantId, {
    recipientId: workerA,
    status: "failed",
    lastError: 'SMS gateway answered 400: {"error":"bad number"}',
    at: "2026-03-09T10:00:00Z",
  });
  await delivery(gent.tenantId, {
    recipientId: workerB,
    status: "suppressed",
    channel: "email",
    event: "assignment.reminder",
    lastError: "Wil geen e-mails (opt-out).",
    at: "2026-03-09T11:00:00Z",
  });
  aalstId = await delivery(aalst.tenantId, { recipientId: workerA, status: "failed", at: "2026-03-09T12:00:00Z" });
});
afterAll(async () => t?.close());

const list = (token: string, query = "") => t.app.inject({ url: `/v1/deliveries${query}`, headers: bearer(token) });

describe("GET /v1/deliveries", () => {
  it("a consultant sees a failed SMS with the gateway's reason, and never the message body", async () => {
    const res = await list(consultant, "?status=failed");
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: failedId,
      status: "failed",
      channel: "sms",
      recipientType: "worker",
      recipientId: workerA,
      to: "+32471000001",
      lastError: expect.stringContaining("400"),
    });
    expect(res.body).not.toContain("secret body");
  });

  it("filters by recipient, event and status together", async () => {
    const byRecipient = (await list(gent.token, `?recipientType=worker&recipientId=${workerB}`)).json().items;
    expect(byRecipient.map((d: { status: string }) => d.status)).toEqual(["suppressed"]);
    const byEvent = (await list(gent.token, "?event=assignment.reminder")).json().items;
    expect(byEvent).toHaveLength(1);
    expect((await list(gent.token, `?recipientId=${workerA}&status=sent`)).json().items).toHaveLength(5);
  });

  it("pages newest first with a cursor, without gaps or repeats (microsecond timestamps)", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(gent.token, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { id: string; createdAt: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((d) => d.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen[0]).not.toBe(failedId); // the 11:00 suppressed one is newest
  });

  it("never shows another tenant's deliveries; their id is 404", async () => {
    const items = (await list(consultant, "?limit=200")).json().items as { id: string }[];
    expect(items.map((d) => d.id)).not.toContain(aalstId);
    const res = await t.app.inject({ url: `/v1/deliveries/${aalstId}`, headers: bearer(consultant) });
    expect(res.statusCode).toBe(404);
    const own = await t.app.inject({ url: `/v1/deliveries/${failedId}`, headers: bearer(consultant) });
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(failedId);
  });

  it("finance and anonymous callers are refused", async () => {
    expect((await list(finance)).statusCode).toBe(403);
    expect((await t.app.inject({ url: "/v1/deliveries" })).statusCode).toBe(401);
  });

  it("422 with paths for a bad status, recipient id or cursor", async () => {
    const res = await list(gent.token, "?status=lost&recipientId=nope");
    expect(res.statusCode).toBe(422);
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .join(" ");
    expect(paths).toMatch(/status|recipientId/);
    const cur = await list(gent.token, "?cursor=garbage");
    expect(cur.statusCode).toBe(422);
    expect(cur.json().errors[0].path).toBe("query.cursor");
  });
});
