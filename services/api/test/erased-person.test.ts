import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEntries, payoutWorld, staffToken } from "./fixtures/payouts.ts";
import { createClient, createWorkFixture, createWorker, tokenFor, type WorkFixture } from "./fixtures/vouchers.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 20, erasure: what follows it. Every change to an erased worker or client is refused with
// 409 privacy.already_erased and nothing changes; and a payout remainder still to be set off
// (a carry, migration 0018) is open money, so erasure waits for it (409 privacy.money_open).
let t: TestApp;
let gent: TenantLogin;
let f: WorkFixture;
let consultant: string;
let erasedWorker: string;
let erasedClient: string;

const send = (method: "POST" | "PUT" | "PATCH", url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
const row = async (table: "workers" | "clients", id: string) => (await t.owner.sql`SELECT * FROM ${t.owner.sql(table)} WHERE id = ${id}`)[0]!;
const audits = async (id: string) =>
  (await t.owner.sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity_id = ${id}`)[0]!.n as number;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t);
  f = await createWorkFixture(t, gent);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  // Nothing open for these two: the erasure goes through.
  erasedWorker = await createWorker(t, gent.tenantId, f.municipalityId, f.neighbourhoodId);
  erasedClient = await createClient(t, gent.tenantId, f.municipalityId, f.neighbourhoodId);
  for (const [kind, id] of [
    ["workers", erasedWorker],
    ["clients", erasedClient],
  ] as const) {
    const res = await send("POST", `/v1/${kind}/${id}/erasure`, gent.token, { reason: "request" });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(async () => t?.close());

describe("an erased person cannot be changed (issue 20)", () => {
  const skillId = "00000000-0000-4000-8000-000000000001";
  const edits = (): ["workers" | "clients", "POST" | "PUT" | "PATCH", string, object][] => [
    ["workers", "PATCH", `/v1/workers/${erasedWorker}`, { phone: "+32470998877", firstName: "Terug" }],
    ["workers", "PUT", `/v1/workers/${erasedWorker}/preferences`, { sms: true, email: true, quietHours: null }],
    ["workers", "POST", `/v1/workers/${erasedWorker}/agreements`, { startDate: "2026-01-01" }],
    ["workers", "POST", `/v1/workers/${erasedWorker}/skills`, { skillId, obtainedOn: "2026-01-01" }],
    ["clients", "PATCH", `/v1/clients/${erasedClient}`, { name: "Terug", contact: { phone: "+32470998877" } }],
    ["clients", "PUT", `/v1/clients/${erasedClient}/preferences`, { sms: true, email: true, quietHours: null }],
    ["clients", "POST", `/v1/clients/${erasedClient}/agreements`, { startDate: "2026-01-01" }],
  ];

  it("PATCH, preferences PUT, agreements and skills: 409 privacy.already_erased, the row and the audit log unchanged", async () => {
    const before = { workers: await row("workers", erasedWorker), clients: await row("clients", erasedClient) };
    const auditsBefore = (await audits(erasedWorker)) + (await audits(erasedClient));
    for (const [table, method, url, body] of edits()) {
      for (const token of [consultant, gent.token]) {
        const res = await send(method, url, token, body);
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(409);
        expect(res.headers["content-type"]).toContain("application/problem+json");
        expect(res.json().code, url).toBe("privacy.already_erased");
      }
      expect(await row(table, table === "workers" ? erasedWorker : erasedClient), url).toEqual(before[table]);
    }
    expect((await audits(erasedWorker)) + (await audits(erasedClient))).toBe(auditsBefore);
    const [agreements] = await t.owner.sql`SELECT count(*)::int AS n FROM worker_agreements WHERE worker_id = ${erasedWorker}`;
    expect(agreements!.n).toBe(0);
  });

  it("no new job for an erased client: 409 privacy.already_erased, no job written", async () => {
    const job = {
      clientId: erasedClient,
      activityCode: "garden.mowing",
      description: "Gras maaien",
      estimatedMinutes: 120,
      window: { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T11:00:00+01:00" },
    };
    const res = await send("POST", "/v1/jobs", consultant, job);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe("privacy.already_erased");
    expect((await t.owner.sql`SELECT count(*)::int AS n FROM jobs WHERE client_id = ${erasedClient}`)[0]!.n).toBe(0);
  });

  it("a living person's record still changes; reads and the export of an erased one still answer", async () => {
    const res = await send("PATCH", `/v1/clients/${f.clientId}`, consultant, { name: "Nog altijd hier", contact: { phone: "+32470112233" } });
    expect(res.statusCode, res.body).toBe(200);
    const prefs = await send("PUT", `/v1/clients/${f.clientId}/preferences`, consultant, { sms: false, email: true, quietHours: null });
    expect(prefs.statusCode, prefs.body).toBe(200);
    expect((await t.app.inject({ url: `/v1/workers/${erasedWorker}`, headers: bearer(consultant) })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/v1/clients/${erasedClient}/data-export`, headers: bearer(consultant) })).statusCode).toBe(200);
    // A second erasure keeps its own answer.
    expect((await send("POST", `/v1/workers/${erasedWorker}/erasure`, gent.token, { reason: "request" })).json().code).toBe("privacy.already_erased");
  });

  it("the OpenAPI document lists privacy.already_erased on the changes under a person, not on reads", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    type Op = { responses: Record<string, { content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> }> };
    const codes = (op: Op) => op.responses["409"]?.content?.["application/problem+json"]?.schema?.allOf?.[1]?.properties?.code?.enum ?? [];
    expect(codes(doc.paths["/v1/workers/{id}"].patch)).toContain("privacy.already_erased");
    expect(codes(doc.paths["/v1/clients/{id}/preferences"].put)).toContain("privacy.already_erased");
    expect(doc.paths["/v1/workers/{id}"].get.responses["409"]).toBeUndefined();
  });
});

describe("a payout remainder still to be set off is open money (issue 20)", () => {
  it("erasure answers 409 privacy.money_open (payoutCarried) while a carry is unpaid; once a run has set it off and is exported, it goes through", async () => {
    const tenant = await createTenant(t);
    const finance = await staffToken(t, tenant, "finance");
    const account = await send("PUT", "/v1/organisation-account", finance, {
      name: "Wijk-Werken vzw",
      iban: "BE68539007547034",
      enterpriseNumber: "0123.456.749",
      address: { street: "Kouter", number: "1", postalCode: "9000", city: "Gent" },
    });
    expect(account.statusCode, account.body).toBe(200);
    // Jan works every month too, so that each run has a transfer and can be exported.
    const w = await payoutWorld(t.owner, tenant.tenantId, 2);
    const [zoe, jan] = [w.workers[0]!.id, w.workers[1]!.id];
    const post = (url: string, token = finance, payload?: object) => send("POST", url, token, payload);
    const run = async (month: string) => {
      const created = await post("/v1/payout-runs", finance, { month });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect((await post(`/v1/payout-runs/${id}/approve`)).statusCode).toBe(200);
      const sepa = await t.app.inject({ url: `/v1/payout-runs/${id}/sepa.xml`, headers: bearer(finance) });
      expect(sepa.statusCode, sepa.body).toBe(200);
      return id;
    };
    // March paid 3 hours; that entry is then cancelled; April one hour: April ends at 410 − 1230 = −820.
    const [march] = await addEntries(t.owner, w, [
      { workerId: zoe, date: "2025-03-10", minutes: 180 },
      { workerId: jan, date: "2025-03-10", minutes: 60 },
    ]);
    await run("2025-03");
    await t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE tenant_id = ${tenant.tenantId} AND id = ${march!}`;
    await addEntries(t.owner, w, [
      { workerId: zoe, date: "2025-04-10", minutes: 60 },
      { workerId: jan, date: "2025-04-10", minutes: 60 },
    ]);
    const april = await run("2025-04");
    const [carry] = await t.owner.sql`SELECT pay_cents + travel_cents AS cents FROM payout_carries WHERE tenant_id = ${tenant.tenantId} AND worker_id = ${zoe}`;
    expect(Number(carry!.cents)).toBe(-820);

    const before = await row("workers", zoe);
    const refused = await post(`/v1/workers/${zoe}/erasure`, tenant.token, { reason: "request" });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe("privacy.money_open");
    expect(refused.json().detail).toContain("payoutCarried: 1");
    expect(refused.json().detail).not.toContain("payoutRunOpen");
    expect(await row("workers", zoe)).toEqual(before);

    // May: two hours set the −820 off in full; the May run is exported: nothing is open any more.
    await addEntries(t.owner, w, [
      { workerId: zoe, date: "2025-05-10", minutes: 120 },
      { workerId: jan, date: "2025-05-10", minutes: 60 },
    ]);
    const may = await run("2025-05");
    const [line] = await t.owner
      .sql`SELECT count(*)::int AS n FROM payout_lines WHERE tenant_id = ${tenant.tenantId} AND run_id = ${may} AND carried_from_run_id = ${april}`;
    expect(line!.n).toBe(1);
    const erased = await post(`/v1/workers/${zoe}/erasure`, tenant.token, { reason: "request" });
    expect(erased.statusCode, erased.body).toBe(200);
  });
});
