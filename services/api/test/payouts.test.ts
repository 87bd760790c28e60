import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { travelAllowanceCents, travelRatePer100Km } from "@wijkwerk/domain";
import { addEntries, correctEntry, payoutWorld, staffToken, type PayoutWorld } from "./fixtures/payouts.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let finance: string;
let consultant: string;
let aalstFinance: string;
let world: PayoutWorld;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  finance = await staffToken(t, gent, "finance");
  consultant = await staffToken(t, gent, "consultant");
  aalstFinance = await staffToken(t, aalst, "finance");
  world = await payoutWorld(t.owner, gent.tenantId, 3);
});
afterAll(async () => t?.close());

const post = (token: string, url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url, headers: { ...bearer(token), ...headers }, ...(payload ? { payload } : {}) });
const get = (token: string, url: string) => t.app.inject({ method: "GET", url, headers: bearer(token) });

interface Line { workerId: string; kind: string; entryCount: number; minutes: number; vouchers: number; payCents: number; travelCents: number; totalCents: number; endToEndId: string }
async function lines(runId: string): Promise<Line[]> {
  const out: Line[] = [];
  let cursor: string | null = null;
  do {
    const res = await get(finance, `/v1/payout-runs/${runId}/lines?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode).toBe(200);
    out.push(...res.json().items);
    cursor = res.json().nextCursor;
  } while (cursor);
  return out;
}

describe("contract", () => {
  it("the OpenAPI document lists the payout paths of API.md", async () => {
    const doc = (await t.app.inject({ url: "/v1/openapi.json" })).json();
    for (const path of ["/v1/payout-runs", "/v1/payout-runs/{id}", "/v1/payout-runs/{id}/approve", "/v1/payout-runs/{id}/sepa.xml", "/v1/payout-runs/{id}/lines.csv", "/v1/reports/hours.csv"]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});

describe("travel rates in the database", () => {
  it("RULES §2: every year of travel_rates equals the domain's travelRatePer100Km", async () => {
    const rows = await t.owner.sql<{ year: number; cents_per_100km: number }[]>`SELECT year, cents_per_100km FROM travel_rates ORDER BY year`;
    expect(rows.length).toBeGreaterThanOrEqual(19);
    for (const r of rows) expect(r.cents_per_100km, String(r.year)).toBe(travelRatePer100Km(`${r.year}-07-01`));
  });
});

describe("a monthly payout run (RULES §2)", () => {
  let march: string;
  const ids: Record<string, string | undefined> = {};

  it("RULES §2: pays 410 per voucher (one per started hour) plus travel above 10 km at the rate of the entry's date", async () => {
    const [a, b, c] = world.workers;
    [ids.a61, ids.a120, ids.a30, ids.b90, ids.aApril, ids.aSubmitted] = await addEntries(t.owner, world, [
      { workerId: a!.id, date: "2024-03-04", minutes: 61, travelTenthsKm: 80 },
      { workerId: a!.id, date: "2024-03-05", minutes: 120, travelTenthsKm: 120 },
      { workerId: a!.id, date: "2024-03-06", minutes: 30 },
      { workerId: b!.id, date: "2024-03-29", minutes: 90, travelTenthsKm: 150 },
      { workerId: a!.id, date: "2024-04-02", minutes: 60 },
      { workerId: c!.id, date: "2024-03-10", minutes: 60, status: "submitted" },
    ]);
    const res = await post(finance, "/v1/payout-runs", { month: "2024-03" });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json();
    march = run.id;
    // a: 2+2+1 vouchers × 410 = 2050; 12 km round trip in 2024 → 12 × 17 = 204; 8 km → 0.
    // b: 2 vouchers × 410 = 820; 15 km × 17 = 255. The April entry and the unconfirmed one wait.
    expect(travelAllowanceCents({ roundTripTenthsKm: 120, date: "2024-03-05" })).toBe(204);
    expect(run).toMatchObject({ status: "draft", lineCount: 2, totalCents: 2050 + 204 + 820 + 255, month: "2024-03" });
    const byWorker = new Map((await lines(march)).map((l) => [l.workerId, l]));
    expect(byWorker.get(a!.id)).toMatchObject({ kind: "regular", entryCount: 3, minutes: 211, vouchers: 5, payCents: 2050, travelCents: 204, totalCents: 2254 });
    expect(byWorker.get(b!.id)).toMatchObject({ kind: "regular", entryCount: 1, minutes: 90, vouchers: 2, payCents: 820, travelCents: 255, totalCents: 1075 });
    expect(byWorker.has(c!.id)).toBe(false);

    const detail = await get(finance, `/v1/payout-runs/${march}`);
    expect(detail.json()).toMatchObject({ id: march, status: "draft", summary: { regularCents: 3329, adjustmentCents: 0, entryCount: 4, transferCount: 2, transferCents: 3329 } });
    const audit = await t.owner.sql`SELECT action FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'payout_run' AND entity_id = ${march}`;
    expect(audit.map((r) => r.action)).toEqual(["create"]);
  });

  it("the hourly pay comes from the tenant settings (workerHourlyCents)", async () => {
    await t.owner.sql`UPDATE tenants SET settings = settings || '{"workerHourlyCents": 500}'::jsonb WHERE id = ${gent.tenantId}`;
    try {
      const res = await post(finance, "/v1/payout-runs", { month: "2024-03" });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ id: march, hourlyCents: 500, totalCents: 7 * 500 + 204 + 255 });
    } finally {
      await t.owner.sql`UPDATE tenants SET settings = settings - 'workerHourlyCents' WHERE id = ${gent.tenantId}`;
    }
    const res = await post(finance, "/v1/payout-runs", { month: "2024-03" });
    expect(res.json()).toMatchObject({ id: march, hourlyCents: 410, totalCents: 3329 });
  });

  it("the same Idempotency-Key returns the first answer", async () => {
    const first = await post(finance, "/v1/payout-runs", { month: "2024-03" }, { "idempotency-key": "run-2024-03" });
    const again = await post(finance, "/v1/payout-runs", { month: "2024-03" }, { "idempotency-key": "run-2024-03" });
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(first.json());
  });

  it("approving locks the month: a second approve is 409 payout.not_draft, a new run 409 payout.month_locked", async () => {
    const ok = await post(finance, `/v1/payout-runs/${march}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "approved", totalCents: 3329 });
    expect(ok.json().approvedAt).toMatch(/^\d{4}-/);

    const twice = await post(finance, `/v1/payout-runs/${march}/approve`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("payout.not_draft");
    for (const month of ["2024-03", "2024-02"]) {
      const res = await post(finance, "/v1/payout-runs", { month });
      expect(res.statusCode, month).toBe(409);
      expect(res.json().code).toBe("payout.month_locked");
    }
    const regen = await post(finance, `/v1/payout-runs/${march}/regenerate`);
    expect(regen.statusCode).toBe(409);
    expect(regen.json().code).toBe("payout.not_draft");
  });

  it("the database refuses to change the lines of an approved run", async () => {
    await expect(t.owner.sql`UPDATE payout_lines SET total_cents = total_cents + 1, pay_cents = pay_cents + 1 WHERE tenant_id = ${gent.tenantId} AND run_id = ${march}`).rejects.toThrow(/cannot change/);
    await expect(t.owner.sql`DELETE FROM payout_line_entries WHERE tenant_id = ${gent.tenantId} AND time_entry_id = ${ids.a61!}`).rejects.toThrow(/cannot change/);
  });

  it("late entries of a locked month and corrections of paid entries go into the next run as adjustment lines", async () => {
    const [a, b] = world.workers;
    // Late: March work confirmed after March was approved.
    [ids.aLate] = await addEntries(t.owner, world, [{ workerId: a!.id, date: "2024-03-28", minutes: 90 }]);
    // Correction of the paid 120-minute entry (820 + 204) into 60 minutes with the same trip (410 + 204).
    ids.aCorrected = await correctEntry(t.owner, world, ids.a120!, { workerId: a!.id, date: "2024-03-05", minutes: 60, travelTenthsKm: 120 });
    // b's paid entry is cancelled afterwards: the whole payment is taken back.
    await t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE tenant_id = ${gent.tenantId} AND id = ${ids.b90!}`;

    const res = await post(finance, "/v1/payout-runs", { month: "2024-04" });
    expect(res.statusCode, res.body).toBe(201);
    const april = res.json();
    const got = await lines(april.id);
    const find = (w: string, kind: string) => got.find((l) => l.workerId === w && l.kind === kind);
    expect(find(a!.id, "regular")).toMatchObject({ entryCount: 1, minutes: 60, vouchers: 1, totalCents: 410 });
    // 820 (late) + 614 (corrected) − 1024 (taken back) = 410.
    expect(find(a!.id, "adjustment")).toMatchObject({ entryCount: 3, minutes: 90 + 60 - 120, vouchers: 2 + 1 - 2, payCents: 820 + 410 - 820, travelCents: 204 - 204, totalCents: 410 });
    expect(find(b!.id, "adjustment")).toMatchObject({ entryCount: 1, minutes: -90, vouchers: -2, payCents: -820, travelCents: -255, totalCents: -1075 });
    expect(april).toMatchObject({ lineCount: 3, totalCents: 410 + 410 - 1075 });
    // b ends negative this month: no transfer for b, the rest is paid.
    const detail = (await get(finance, `/v1/payout-runs/${april.id}`)).json();
    expect(detail.summary).toMatchObject({ regularCents: 410, adjustmentCents: 410 - 1075, transferCount: 1, transferCents: 820 });

    const reversals = await t.owner.sql`SELECT time_entry_id FROM payout_line_entries WHERE tenant_id = ${gent.tenantId} AND direction = -1 ORDER BY time_entry_id`;
    expect(reversals.map((r) => r.time_entry_id).sort()).toEqual([ids.a120, ids.b90].sort());
  });

  it("refreshing the draft recomputes it without paying anything twice", async () => {
    const before = (await get(finance, "/v1/payout-runs?month=2024-04")).json().items[0];
    const again = await post(finance, "/v1/payout-runs", { month: "2024-04" });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: before.id, lineCount: before.lineCount, totalCents: before.totalCents });
    const dup = await t.owner.sql`SELECT time_entry_id, direction, count(*) FROM payout_line_entries WHERE tenant_id = ${gent.tenantId} GROUP BY 1, 2 HAVING count(*) > 1`;
    expect(dup).toEqual([]);
  });

  it("the database itself refuses a second payment of the same entry", async () => {
    const [line] = await t.owner.sql`SELECT id FROM payout_lines WHERE tenant_id = ${gent.tenantId} AND run_id = ${march} LIMIT 1`;
    await expect(
      t.owner.sql`INSERT INTO payout_line_entries (tenant_id, time_entry_id, direction, line_id, minutes, vouchers, pay_cents, travel_cents) VALUES (${gent.tenantId}, ${ids.a61!}, 1, ${line!.id}, 61, 2, 820, 0)`,
    ).rejects.toThrow(/duplicate key/);
  });

  it("lists runs newest month first, filtered by month, with cursor pages", async () => {
    const page1 = (await get(finance, "/v1/payout-runs?limit=1")).json();
    expect(page1.items.map((r: { month: string }) => r.month)).toEqual(["2024-04"]);
    const page2 = (await get(finance, `/v1/payout-runs?limit=1&cursor=${page1.nextCursor}`)).json();
    expect(page2.items.map((r: { month: string }) => r.month)).toEqual(["2024-03"]);
    expect(page2.nextCursor).toBeNull();
    expect((await get(finance, "/v1/payout-runs?month=2024-03")).json().items).toHaveLength(1);
  });

  it("regeneration through the payouts queue is offered for drafts (outbox message)", async () => {
    const run = (await get(finance, "/v1/payout-runs?month=2024-04")).json().items[0];
    const res = await post(finance, `/v1/payout-runs/${run.id}/regenerate`);
    expect(res.statusCode).toBe(202);
    const msgs = await t.owner.sql`SELECT payload FROM outbox WHERE tenant_id = ${gent.tenantId} AND topic = 'payouts/regenerate'`;
    expect(msgs.map((m) => m.payload.runId)).toContain(run.id);
  });
});

describe("corrections after payment", () => {
  it("a correction that reduces the hours of a paid entry becomes a negative adjustment in the next run", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 1);
    const worker = w.workers[0]!;
    const [paid] = await addEntries(t.owner, w, [{ workerId: worker.id, date: "2024-05-14", minutes: 150, travelTenthsKm: 160 }]);
    const may = (await post(token, "/v1/payout-runs", { month: "2024-05" })).json();
    // 3 vouchers × 410 + 16 km × 17 = 1230 + 272.
    expect(may.totalCents).toBe(1502);
    expect((await post(token, `/v1/payout-runs/${may.id}/approve`)).statusCode).toBe(200);

    // The client only confirms 50 minutes: the correction replaces the entry, history stays.
    await correctEntry(t.owner, w, paid!, { workerId: worker.id, date: "2024-05-14", minutes: 50, travelTenthsKm: 160 });
    const june = (await post(token, "/v1/payout-runs", { month: "2024-06" })).json();
    const [line] = (await t.app.inject({ url: `/v1/payout-runs/${june.id}/lines`, headers: bearer(token) })).json().items;
    // Paid again: 1 × 410 + 272; taken back: −1230 − 272. Net −820.
    expect(line).toMatchObject({ workerId: worker.id, kind: "adjustment", entryCount: 2, minutes: -100, vouchers: -2, payCents: -820, travelCents: 0, totalCents: -820 });
    expect(june.totalCents).toBe(-820);
    // The May run itself is untouched.
    expect((await t.app.inject({ url: `/v1/payout-runs/${may.id}`, headers: bearer(token) })).json()).toMatchObject({ status: "approved", totalCents: 1502 });
  });
});

describe("runs started at the same time", () => {
  it("10 parallel POSTs for one month make one run and put every entry in exactly one line", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 40);
    const entryIds = await addEntries(t.owner, w, w.workers.flatMap((wk, i) => [1, 2, 3].map((d) => ({ workerId: wk.id, date: `2025-05-0${d}`, minutes: 30 + i, travelTenthsKm: 100 + d * 10 }))));
    const results = await Promise.all(Array.from({ length: 10 }, () => t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month: "2025-05" } })));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    const runs = await t.owner.sql`SELECT id, line_count, total_cents FROM payout_runs WHERE tenant_id = ${tenant.tenantId}`;
    expect(runs).toHaveLength(1);
    const paid = await t.owner.sql<{ time_entry_id: string; n: number }[]>`SELECT time_entry_id, count(*)::int AS n FROM payout_line_entries WHERE tenant_id = ${tenant.tenantId} GROUP BY 1`;
    expect(paid).toHaveLength(entryIds.length);
    expect(paid.every((p) => p.n === 1)).toBe(true);
    expect(new Set(paid.map((p) => p.time_entry_id))).toEqual(new Set(entryIds));
    // Each worker: vouchers of 3 entries × 410 + travel of 11, 12 and 13 km in 2025 (first one > 10 km too).
    const expected = w.workers.reduce((sum, _wk, i) => sum + 3 * Math.ceil((30 + i) / 60) * 410 + [110, 120, 130].reduce((s, tenths) => s + travelAllowanceCents({ roundTripTenthsKm: tenths, date: "2025-05-01" }), 0), 0);
    expect(Number(runs[0]!.total_cents)).toBe(expected);
    expect(runs[0]!.line_count).toBe(40);
  });

  it("runs for two months started at once never claim the same entry", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 10);
    const entryIds = await addEntries(t.owner, w, w.workers.flatMap((wk) => [{ workerId: wk.id, date: "2025-05-10", minutes: 60 }, { workerId: wk.id, date: "2025-06-10", minutes: 60 }]));
    const results = await Promise.all(["2025-05", "2025-06", "2025-05", "2025-06"].map((month) => t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month } })));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const paid = await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM payout_line_entries WHERE tenant_id = ${tenant.tenantId} GROUP BY time_entry_id`;
    expect(paid).toHaveLength(entryIds.length);
    expect(paid.every((p) => p.n === 1)).toBe(true);
    const [sum] = await t.owner.sql`SELECT sum(total_cents)::int AS s FROM payout_runs WHERE tenant_id = ${tenant.tenantId}`;
    expect(sum!.s).toBe(20 * 410);
  });
});

describe("access and input", () => {
  let runId: string;
  beforeAll(async () => {
    runId = (await get(finance, "/v1/payout-runs?month=2024-04")).json().items[0].id;
  });

  it("a consultant may not see or run payouts (403 auth.forbidden)", async () => {
    const calls = [
      post(consultant, "/v1/payout-runs", { month: "2024-05" }),
      get(consultant, "/v1/payout-runs"),
      get(consultant, `/v1/payout-runs/${runId}`),
      get(consultant, `/v1/payout-runs/${runId}/lines`),
      post(consultant, `/v1/payout-runs/${runId}/approve`),
      post(consultant, `/v1/payout-runs/${runId}/regenerate`),
      get(consultant, `/v1/payout-runs/${runId}/sepa.xml`),
      get(consultant, `/v1/payout-runs/${runId}/lines.csv`),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("auth.forbidden");
    }
  });

  it("without a token: 401", async () => {
    const res = await t.app.inject({ method: "GET", url: "/v1/payout-runs" });
    expect(res.statusCode).toBe(401);
  });

  it("another tenant's run is 404 everywhere, and its list is empty", async () => {
    for (const res of [
      await get(aalstFinance, `/v1/payout-runs/${runId}`),
      await get(aalstFinance, `/v1/payout-runs/${runId}/lines`),
      await post(aalstFinance, `/v1/payout-runs/${runId}/approve`),
      await post(aalstFinance, `/v1/payout-runs/${runId}/regenerate`),
      await get(aalstFinance, `/v1/payout-runs/${runId}/sepa.xml`),
      await get(aalstFinance, `/v1/payout-runs/${runId}/lines.csv`),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().code).toBe("resource.not_found");
    }
    expect((await get(aalstFinance, "/v1/payout-runs")).json().items).toEqual([]);
    // Aalst's own run for April sees none of Gent's entries.
    const own = await post(aalstFinance, "/v1/payout-runs", { month: "2024-04" });
    expect(own.json()).toMatchObject({ lineCount: 0, totalCents: 0 });
    const draft = await get(finance, `/v1/payout-runs/${runId}`);
    expect(draft.json().status).toBe("draft");
  });

  it("a bad month is 422 validation.failed with the field path", async () => {
    for (const payload of [{ month: "2024-13" }, { month: "2024-3" }, { month: "maart" }, {}, { month: "2024-03", extra: 1 }]) {
      const res = await post(finance, "/v1/payout-runs", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().code).toBe("validation.failed");
      expect(res.json().errors.length).toBeGreaterThan(0);
    }
    const bad = await post(finance, "/v1/payout-runs", { month: "2024-13" });
    expect(bad.json().errors[0].path).toBe("month");
    const future = await post(finance, "/v1/payout-runs", { month: "2999-01" });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors).toEqual([{ path: "month", message: expect.any(String) }]);
    const list = await get(finance, "/v1/payout-runs?month=24-01");
    expect(list.statusCode).toBe(422);
    const id = await get(finance, "/v1/payout-runs/not-a-uuid");
    expect(id.statusCode).toBe(422);
  });
});
