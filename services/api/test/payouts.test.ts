import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { travelAllowanceCents, travelRatePer100Km } from "@wijkwerk/domain";
import { addEntries, correctEntry, payoutWorld, pendingPairs, settlementGaps, staffToken, type PayoutWorld } from "./fixtures/payouts.ts";
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

interface Line {
  id: string;
  workerId: string;
  kind: string;
  workMonth: string | null;
  settlementNo: number | null;
  carriedFromRunId: string | null;
  entryIds: string[] | null;
  entryCount: number;
  minutes: number;
  vouchers: number;
  payCents: number;
  travelCents: number;
  totalCents: number;
  endToEndId: string;
}
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
    for (const path of [
      "/v1/payout-runs",
      "/v1/payout-runs/{id}",
      "/v1/payout-runs/{id}/approve",
      "/v1/payout-runs/{id}/sepa.xml",
      "/v1/payout-runs/{id}/lines.csv",
      "/v1/reports/hours.csv",
    ]) {
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
    expect(byWorker.get(a!.id)).toMatchObject({
      kind: "regular",
      workMonth: "2024-03",
      settlementNo: 1,
      entryCount: 3,
      minutes: 211,
      vouchers: 5,
      payCents: 2050,
      travelCents: 204,
      totalCents: 2254,
    });
    expect(byWorker.get(b!.id)).toMatchObject({
      kind: "regular",
      workMonth: "2024-03",
      settlementNo: 1,
      entryCount: 1,
      minutes: 90,
      vouchers: 2,
      payCents: 820,
      travelCents: 255,
      totalCents: 1075,
    });
    // Which entries the line covers: a's three March entries, not the April one or the unconfirmed one.
    expect([...byWorker.get(a!.id)!.entryIds!].sort()).toEqual([ids.a61, ids.a120, ids.a30].sort());
    expect(byWorker.has(c!.id)).toBe(false);

    const detail = await get(finance, `/v1/payout-runs/${march}`);
    expect(detail.json()).toMatchObject({
      id: march,
      status: "draft",
      summary: { regularCents: 3329, adjustmentCents: 0, entryCount: 4, transferCount: 2, transferCents: 3329 },
    });
    const audit = await t.owner.sql`SELECT action FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'payout_run' AND entity_id = ${march}`;
    expect(audit.map((r) => r.action)).toEqual(["create"]);
  });

  it("RULES §2 (S8, S16): the hourly pay is 4,10 by law, even when a tenant's stored settings say otherwise", async () => {
    await t.owner.sql`UPDATE tenants SET settings = settings || '{"workerHourlyCents": 500}'::jsonb WHERE id = ${gent.tenantId}`;
    try {
      const res = await post(finance, "/v1/payout-runs", { month: "2024-03" });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ id: march, hourlyCents: 410, totalCents: 3329 });
    } finally {
      await t.owner.sql`UPDATE tenants SET settings = settings - 'workerHourlyCents' WHERE id = ${gent.tenantId}`;
    }
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

  it("the database refuses to change, remove or add lines of an approved run", async () => {
    await expect(
      t.owner.sql`UPDATE payout_lines SET total_cents = total_cents + 1, pay_cents = pay_cents + 1 WHERE tenant_id = ${gent.tenantId} AND run_id = ${march}`,
    ).rejects.toThrow(/cannot change/);
    await expect(t.owner.sql`DELETE FROM payout_lines WHERE tenant_id = ${gent.tenantId} AND run_id = ${march}`).rejects.toThrow(/cannot change/);
    await expect(
      t.owner
        .sql`INSERT INTO payout_lines (tenant_id, id, run_id, worker_id, kind, work_month, settlement_no, hourly_cents, entry_count, minutes, vouchers, pay_cents, travel_cents, total_cents, iban, name, end_to_end_id)
        SELECT tenant_id, gen_random_uuid(), run_id, worker_id, kind, work_month + 31, 1, hourly_cents, 0, 0, 0, 410, 0, 410, iban, name, end_to_end_id || '-X' FROM payout_lines WHERE tenant_id = ${gent.tenantId} AND run_id = ${march} LIMIT 1`,
    ).rejects.toThrow(/only be added to a draft/);
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
    expect(find(a!.id, "regular")).toMatchObject({ workMonth: "2024-04", entryCount: 1, minutes: 60, vouchers: 1, totalCents: 410 });
    // March settled again: due now 61 + 30 + 90 (late) + 60 (corrected) min = 6 vouchers × 410 + 204,
    // paid in March 5 × 410 + 204: the difference is one voucher. One entry more than was paid.
    expect(find(a!.id, "adjustment")).toMatchObject({
      workMonth: "2024-03",
      settlementNo: 2,
      entryCount: 1,
      minutes: 90 + 60 - 120,
      vouchers: 2 + 1 - 2,
      payCents: 820 + 410 - 820,
      travelCents: 204 - 204,
      totalCents: 410,
    });
    expect([...find(a!.id, "adjustment")!.entryIds!].sort()).toEqual([ids.a61, ids.a30, ids.aLate, ids.aCorrected].sort());
    // b's cancelled entry: exactly what was paid for it is taken back.
    expect(find(b!.id, "adjustment")).toMatchObject({
      workMonth: "2024-03",
      settlementNo: 2,
      entryCount: -1,
      minutes: -90,
      vouchers: -2,
      payCents: -820,
      travelCents: -255,
      totalCents: -1075,
      entryIds: [],
    });
    // Issue 18: 3 lines, but 1 transfer (b's lines add up to less than 0).
    expect(april).toMatchObject({ lineCount: 3, transferCount: 1, totalCents: 410 + 410 - 1075 });
    // b ends negative this month: no transfer for b, the rest is paid, b's remainder is carried.
    const detail = (await get(finance, `/v1/payout-runs/${april.id}`)).json();
    expect(detail.summary).toMatchObject({
      regularCents: 410,
      adjustmentCents: 410 - 1075,
      carriedCents: 0,
      transferCount: 1,
      transferCents: 820,
      carryForwardCount: 1,
      carryForwardCents: -1075,
    });
    expect(await settlementGaps(t.owner, gent.tenantId, "2024-04")).toEqual([]);
  });

  it("refreshing the draft recomputes it without paying anything twice", async () => {
    const before = (await get(finance, "/v1/payout-runs?month=2024-04")).json().items[0];
    const again = await post(finance, "/v1/payout-runs", { month: "2024-04" });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: before.id, lineCount: before.lineCount, totalCents: before.totalCents });
    expect(await settlementGaps(t.owner, gent.tenantId, "2024-04")).toEqual([]);
    expect(await pendingPairs(t.owner, gent.tenantId, "2024-04")).toBe(0);
  });

  it("the database itself refuses a second settlement computed from the same earlier lines", async () => {
    const april = (await get(finance, "/v1/payout-runs?month=2024-04")).json().items[0];
    const [line] = await t.owner.sql`SELECT * FROM payout_lines WHERE tenant_id = ${gent.tenantId} AND run_id = ${april.id} AND kind = 'adjustment' LIMIT 1`;
    // Another line for the same worker's month with the same number: what a second run that read
    // the same earlier lines would write.
    const rival = { ...line!, id: randomUUID(), run_id: april.id, end_to_end_id: "WW-RIVAL-1" };
    await expect(t.owner.sql`INSERT INTO payout_lines ${t.owner.sql(rival)}`).rejects.toThrow(/payout_lines_settlement_key|payout_lines_run_worker_month_key/);
    const otherRun = randomUUID();
    await t.owner
      .sql`INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, created_by, prepared_by) VALUES (${gent.tenantId}, ${otherRun}, '2023-01', 410, 'x', 'BE68539007547034', 'test', 'test')`;
    try {
      await expect(t.owner.sql`INSERT INTO payout_lines ${t.owner.sql({ ...rival, run_id: otherRun })}`).rejects.toThrow(/payout_lines_settlement_key/);
    } finally {
      await t.owner.sql`DELETE FROM payout_runs WHERE id = ${otherRun}`;
    }
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
    // Due for May now 1 × 410 + 272, paid 3 × 410 + 272: exactly the two vouchers less are taken back.
    expect(line).toMatchObject({
      workerId: worker.id,
      kind: "adjustment",
      workMonth: "2024-05",
      settlementNo: 2,
      entryCount: 0,
      minutes: -100,
      vouchers: -2,
      payCents: -820,
      travelCents: 0,
      totalCents: -820,
    });
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
    const entryIds = await addEntries(
      t.owner,
      w,
      w.workers.flatMap((wk, i) => [1, 2, 3].map((d) => ({ workerId: wk.id, date: `2025-05-0${d}`, minutes: 30 + i, travelTenthsKm: 100 + d * 10 }))),
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month: "2025-05" } })),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    const runs = await t.owner.sql`SELECT id, line_count, total_cents FROM payout_runs WHERE tenant_id = ${tenant.tenantId}`;
    expect(runs).toHaveLength(1);
    const covered = (await t.owner.sql<{ id: string }[]>`SELECT unnest(entry_ids) AS id FROM payout_lines WHERE tenant_id = ${tenant.tenantId}`).map(
      (r) => r.id,
    );
    expect(covered).toHaveLength(entryIds.length);
    expect(new Set(covered)).toEqual(new Set(entryIds));
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-05")).toEqual([]);
    // Each worker: vouchers of 3 entries × 410 + travel of 11, 12 and 13 km in 2025 (first one > 10 km too).
    const expected = w.workers.reduce(
      (sum, _wk, i) =>
        sum +
        3 * Math.ceil((30 + i) / 60) * 410 +
        [110, 120, 130].reduce((s, tenths) => s + travelAllowanceCents({ roundTripTenthsKm: tenths, date: "2025-05-01" }), 0),
      0,
    );
    expect(Number(runs[0]!.total_cents)).toBe(expected);
    expect(runs[0]!.line_count).toBe(40);
  });

  it("runs for two months started at once never claim the same entry", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 10);
    const entryIds = await addEntries(
      t.owner,
      w,
      w.workers.flatMap((wk) => [
        { workerId: wk.id, date: "2025-05-10", minutes: 60 },
        { workerId: wk.id, date: "2025-06-10", minutes: 60 },
      ]),
    );
    const results = await Promise.all(
      ["2025-05", "2025-06", "2025-05", "2025-06"].map((month) =>
        t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month } }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const covered = (await t.owner.sql<{ id: string }[]>`SELECT unnest(entry_ids) AS id FROM payout_lines WHERE tenant_id = ${tenant.tenantId}`).map(
      (r) => r.id,
    );
    expect(covered.sort()).toEqual([...entryIds].sort());
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-06")).toEqual([]);
    const [sum] = await t.owner.sql`SELECT sum(total_cents)::int AS s FROM payout_runs WHERE tenant_id = ${tenant.tenantId}`;
    expect(sum!.s).toBe(20 * 410);
  });
});

async function linesOf(token: string, runId: string): Promise<Line[]> {
  const out: Line[] = [];
  let cursor: string | null = null;
  do {
    const res = await get(token, `/v1/payout-runs/${runId}/lines?limit=200${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode, res.body).toBe(200);
    out.push(...res.json().items);
    cursor = res.json().nextCursor;
  } while (cursor);
  return out;
}

describe("a draft of an earlier month open while a later month is generated", () => {
  it("the later run settles only what changed since; refreshing the earlier draft pays nothing twice; approval goes month by month", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 5);
    await addEntries(
      t.owner,
      w,
      w.workers.flatMap((wk) => [
        { workerId: wk.id, date: "2025-05-05", minutes: 60 },
        { workerId: wk.id, date: "2025-06-05", minutes: 120 },
      ]),
    );
    const may = (await post(token, "/v1/payout-runs", { month: "2025-05" })).json();
    expect(may).toMatchObject({ lineCount: 5, totalCents: 5 * 410 });
    // A late May entry of the first worker, confirmed after the May draft was computed.
    const [late] = await addEntries(t.owner, w, [{ workerId: w.workers[0]!.id, date: "2025-05-20", minutes: 30 }]);
    const june = (await post(token, "/v1/payout-runs", { month: "2025-06" })).json();
    expect(june).toMatchObject({ lineCount: 6, transferCount: 5, totalCents: 5 * 820 + 410 });
    // Issue 18: the runs overview counts transfers (workers paid), lines are detail.
    const listed = (await get(token, "/v1/payout-runs")).json() as { items: { month: string; lineCount: number; transferCount: number }[] };
    expect(listed.items.find((r) => r.month === "2025-06")).toMatchObject({ lineCount: 6, transferCount: 5 });
    const adjustments = (await linesOf(token, june.id)).filter((l) => l.kind === "adjustment");
    expect(adjustments).toEqual([expect.objectContaining({ workerId: w.workers[0]!.id, workMonth: "2025-05", entryCount: 1, minutes: 30, totalCents: 410 })]);
    expect(adjustments[0]!.entryIds).toContain(late);

    // Refreshing May keeps it as it was: the late hour is June's to pay.
    const again = (await post(token, "/v1/payout-runs", { month: "2025-05" })).json();
    expect(again).toMatchObject({ id: may.id, lineCount: 5, totalCents: 5 * 410 });
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-06")).toEqual([]);
    // And refreshing June again changes nothing either.
    expect((await post(token, "/v1/payout-runs", { month: "2025-06" })).json()).toMatchObject({ id: june.id, lineCount: 6, totalCents: 5 * 820 + 410 });
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-06")).toEqual([]);

    // Approval goes month by month: June cannot be approved while May is a draft.
    const early = await post(token, `/v1/payout-runs/${june.id}/approve`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("payout.earlier_draft_open");
    expect((await post(token, `/v1/payout-runs/${may.id}/approve`)).statusCode).toBe(200);
    expect((await post(token, `/v1/payout-runs/${june.id}/approve`)).statusCode).toBe(200);
    for (const month of ["2025-05", "2025-06"]) {
      const res = await post(token, "/v1/payout-runs", { month });
      expect(res.statusCode, month).toBe(409);
      expect(res.json().code).toBe("payout.month_locked");
    }
  });

  it("a run whose month was locked after it was started is refused by the database (409 payout.month_locked)", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 1);
    await addEntries(t.owner, w, [{ workerId: w.workers[0]!.id, date: "2025-05-05", minutes: 60 }]);
    const may = (await post(token, "/v1/payout-runs", { month: "2025-05" })).json();
    // A June run approved behind the API's back (the race the API check cannot see).
    await t.owner.sql`INSERT INTO payout_runs (tenant_id, id, month, status, approved_at, hourly_cents, debtor_name, debtor_iban, created_by, prepared_by)
      VALUES (${tenant.tenantId}, ${randomUUID()}, '2025-06', 'approved', now(), 410, 'x', 'BE68539007547034', 'test', 'test')`;
    await expect(
      t.owner.sql.begin(async (tx) => {
        await tx`SELECT set_config('app.tenant_id', ${tenant.tenantId}, true)`;
        await tx`SELECT * FROM app_payout_generate(${may.id})`;
      }),
    ).rejects.toMatchObject({ code: "WW409" });
    const res = await post(token, "/v1/payout-runs", { month: "2025-05" });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("payout.month_locked");
  });
});

describe("a worker who ends a run below zero (carry forward)", () => {
  async function setup() {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 2);
    const [zoe, jan] = w.workers as [PayoutWorld["workers"][number], PayoutWorld["workers"][number]];
    const [zoeMarch] = await addEntries(t.owner, w, [
      { workerId: zoe.id, date: "2025-03-10", minutes: 180 },
      { workerId: jan.id, date: "2025-03-10", minutes: 60 },
    ]);
    const march = (await post(token, "/v1/payout-runs", { month: "2025-03" })).json();
    expect((await post(token, `/v1/payout-runs/${march.id}/approve`)).statusCode).toBe(200);
    // Zoë's paid March entry (3 × 410) is cancelled; April she works one hour.
    await t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE tenant_id = ${tenant.tenantId} AND id = ${zoeMarch!}`;
    await addEntries(t.owner, w, [
      { workerId: zoe.id, date: "2025-04-10", minutes: 60 },
      { workerId: jan.id, date: "2025-04-10", minutes: 60 },
    ]);
    const april = (await post(token, "/v1/payout-runs", { month: "2025-04" })).json();
    return { tenant, token, w, zoe, jan, april };
  }

  it("gets no transfer; the next run sets the remainder off as one carried line, and only once", async () => {
    const { tenant, token, w, zoe, jan, april } = await setup();
    // April: 410 − 1230 = −820 for Zoë.
    expect((await get(token, `/v1/payout-runs/${april.id}`)).json().summary).toMatchObject({
      transferCount: 1,
      transferCents: 410,
      carryForwardCount: 1,
      carryForwardCents: -820,
    });
    expect((await post(token, `/v1/payout-runs/${april.id}/approve`)).statusCode).toBe(200);
    const aprilXml = (await get(token, `/v1/payout-runs/${april.id}/sepa.xml`)).body;
    expect(aprilXml.match(/<CdtTrfTxInf>/g)).toHaveLength(1);

    // May: Zoë works two hours (820): the −820 of April is set off, she gets nothing, Jan 410.
    await addEntries(t.owner, w, [
      { workerId: zoe.id, date: "2025-05-10", minutes: 120 },
      { workerId: jan.id, date: "2025-05-10", minutes: 60 },
    ]);
    const may = (await post(token, "/v1/payout-runs", { month: "2025-05" })).json();
    const carried = (await linesOf(token, may.id)).filter((l) => l.kind === "carried");
    expect(carried).toEqual([
      expect.objectContaining({
        workerId: zoe.id,
        carriedFromRunId: april.id,
        workMonth: null,
        settlementNo: null,
        entryCount: 0,
        minutes: 0,
        vouchers: 0,
        totalCents: -820,
      }),
    ]);
    // A refresh of the draft keeps exactly one carried line.
    const again = (await post(token, "/v1/payout-runs", { month: "2025-05" })).json();
    expect((await linesOf(token, again.id)).filter((l) => l.kind === "carried")).toHaveLength(1);
    expect((await get(token, `/v1/payout-runs/${may.id}`)).json().summary).toMatchObject({
      carriedCents: -820,
      transferCount: 1,
      transferCents: 410,
      carryForwardCount: 0,
    });
    expect((await post(token, `/v1/payout-runs/${may.id}/approve`)).statusCode).toBe(200);

    // June: nothing is carried again; Zoë is paid her hour in full.
    await addEntries(t.owner, w, [{ workerId: zoe.id, date: "2025-06-10", minutes: 60 }]);
    const june = (await post(token, "/v1/payout-runs", { month: "2025-06" })).json();
    const juneLines = await linesOf(token, june.id);
    expect(juneLines.filter((l) => l.kind === "carried")).toEqual([]);
    expect(juneLines).toEqual([expect.objectContaining({ workerId: zoe.id, kind: "regular", totalCents: 410 })]);
    void jan;
    // The settlements themselves are untouched by carrying: every month is paid what is due.
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-06")).toEqual([]);
  });

  it("a remainder larger than the next month's pay is carried again from that run, never twice from the same run", async () => {
    const { tenant, token, w, zoe, april } = await setup();
    expect((await post(token, `/v1/payout-runs/${april.id}/approve`)).statusCode).toBe(200);
    await addEntries(t.owner, w, [{ workerId: zoe.id, date: "2025-05-10", minutes: 60 }]);
    const may = (await post(token, "/v1/payout-runs", { month: "2025-05" })).json();
    // 410 − 820 = −410: still below zero.
    expect((await get(token, `/v1/payout-runs/${may.id}`)).json().summary).toMatchObject({ carriedCents: -820, carryForwardCount: 1, carryForwardCents: -410 });
    expect((await post(token, `/v1/payout-runs/${may.id}/approve`)).statusCode).toBe(200);
    await addEntries(t.owner, w, [{ workerId: zoe.id, date: "2025-06-10", minutes: 120 }]);
    const june = (await post(token, "/v1/payout-runs", { month: "2025-06" })).json();
    const carried = (await linesOf(token, june.id)).filter((l) => l.kind === "carried");
    expect(carried).toEqual([expect.objectContaining({ workerId: zoe.id, carriedFromRunId: may.id, totalCents: -410 })]);
    expect(june.totalCents).toBe(820 - 410);
    // The database refuses to carry April's remainder a second time (May carried it).
    const [line] = await t.owner.sql`SELECT * FROM payout_lines WHERE tenant_id = ${tenant.tenantId} AND run_id = ${june.id} AND kind = 'carried'`;
    await expect(
      t.owner.sql`INSERT INTO payout_lines ${t.owner.sql({ ...line!, id: randomUUID(), carried_from_run_id: april.id, end_to_end_id: "WW-2025-06-9999999" })}`,
    ).rejects.toThrow(/payout_lines_carried_key/);
    // Nor a remainder of a draft, which can still change.
    await expect(
      t.owner.sql`INSERT INTO payout_lines ${t.owner.sql({ ...line!, id: randomUUID(), carried_from_run_id: june.id, end_to_end_id: "WW-2025-06-9999998" })}`,
    ).rejects.toThrow(/only be carried from an approved run/);
  });
});

describe("the queue of changed months (payout_pending)", () => {
  it("confirming or cancelling an entry queues its worker's month; entering hours or a dispute text does not", async () => {
    const tenant = await createTenant(t);
    const w = await payoutWorld(t.owner, tenant.tenantId, 1);
    const worker = w.workers[0]!;
    const [entry] = await addEntries(t.owner, w, [{ workerId: worker.id, date: "2025-07-03", minutes: 60, status: "submitted" }]);
    const queued = async () =>
      (await t.owner.sql`SELECT to_char(work_month, 'YYYY-MM') AS m FROM payout_pending WHERE tenant_id = ${tenant.tenantId} ORDER BY 1`).map((r) => r.m);
    expect(await queued()).toEqual([]);
    await t.owner.sql`UPDATE time_entries SET dispute_reason = 'te lang' WHERE id = ${entry!}`;
    expect(await queued()).toEqual([]);
    await t.owner.sql`UPDATE time_entries SET status = 'confirmed', confirmed_at = now(), confirmed_by = 'client' WHERE id = ${entry!}`;
    expect(await queued()).toEqual(["2025-07"]);
    await t.owner.sql`DELETE FROM payout_pending WHERE tenant_id = ${tenant.tenantId}`;
    await t.owner.sql`UPDATE time_entries SET updated_at = now() WHERE id = ${entry!}`;
    expect(await queued()).toEqual([]);
    await t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE id = ${entry!}`;
    expect(await queued()).toEqual(["2025-07"]);
    // A correction also queues the month of the entry it replaces.
    await t.owner.sql`DELETE FROM payout_pending WHERE tenant_id = ${tenant.tenantId}`;
    const [old] = await addEntries(t.owner, w, [{ workerId: worker.id, date: "2025-06-30", minutes: 60 }]);
    await t.owner.sql`DELETE FROM payout_pending WHERE tenant_id = ${tenant.tenantId}`;
    await addEntries(t.owner, w, [{ workerId: worker.id, date: "2025-08-01", minutes: 30, status: "submitted", correctsEntryId: old! }]);
    expect(await queued()).toEqual(["2025-06", "2025-08"]);
  });

  it("a change that is being committed while a run is computed stays queued and is paid by the next run", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    const w = await payoutWorld(t.owner, tenant.tenantId, 1);
    const worker = w.workers[0]!;
    const [, second] = await addEntries(t.owner, w, [
      { workerId: worker.id, date: "2025-03-03", minutes: 60 },
      { workerId: worker.id, date: "2025-03-04", minutes: 60, status: "submitted" },
    ]);
    // Another transaction confirms the second entry and has not committed yet.
    const conn = await t.owner.sql.reserve();
    try {
      await conn`BEGIN`;
      await conn`UPDATE time_entries SET status = 'confirmed', confirmed_at = now(), confirmed_by = 'client' WHERE id = ${second!}`;
      const run = await post(token, "/v1/payout-runs", { month: "2025-03" });
      expect(run.statusCode, run.body).toBe(201);
      // The run could not see the uncommitted confirmation: it pays the first hour.
      expect(run.json().totalCents).toBe(410);
      await conn`COMMIT`;
    } finally {
      conn.release();
    }
    expect(await pendingPairs(t.owner, tenant.tenantId, "2025-03")).toBe(1);
    const again = (await post(token, "/v1/payout-runs", { month: "2025-03" })).json();
    expect(again.totalCents).toBe(820);
    expect(await pendingPairs(t.owner, tenant.tenantId, "2025-03")).toBe(0);
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-03")).toEqual([]);
  });
});

describe("runs, refreshes and confirmations at the same time", () => {
  it("whatever the interleaving, each worker's month is paid exactly what is due once the dust settles", async () => {
    const tenant = await createTenant(t);
    const token = await staffToken(t, tenant, "finance");
    // One person prepares and approves here: the settlement is under test, four eyes in payout-four-eyes.test.ts.
    const alone = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(tenant.token), payload: { fourEyesAboveCents: 100_000_000 } });
    expect(alone.statusCode).toBe(200);
    const w = await payoutWorld(t.owner, tenant.tenantId, 30);
    const months = ["2025-04", "2025-05", "2025-06"];
    const specs = w.workers.flatMap((wk, i) =>
      months.flatMap((m, j) =>
        [1, 2, 3].map((d) => ({
          workerId: wk.id,
          date: `${m}-0${d + j}`,
          minutes: 20 + ((i * 7 + d * 13) % 150),
          travelTenthsKm: (i * 37 + d) % 200,
          status: (i + d) % 3 === 0 ? ("submitted" as const) : ("confirmed" as const),
        })),
      ),
    );
    const ids = await addEntries(t.owner, w, specs);
    const submitted = ids.filter((_, k) => specs[k]!.status === "submitted");
    const confirmed = ids.filter((_, k) => specs[k]!.status === "confirmed");
    const runs = Array.from({ length: 4 }, () => months)
      .flat()
      .map((month) => post(token, "/v1/payout-runs", { month }));
    // Meanwhile clients confirm hours and a consultant cancels a few confirmed ones, one transaction each.
    const changes = [
      ...submitted.map((id) => t.owner.sql`UPDATE time_entries SET status = 'confirmed', confirmed_at = now(), confirmed_by = 'client' WHERE id = ${id}`),
      ...confirmed.filter((_, k) => k % 11 === 0).map((id) => t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE id = ${id}`),
    ];
    // postgres.js sends a query when it is awaited: one Promise.all starts runs and changes together.
    const results = (await Promise.all([...runs, ...changes])).slice(0, runs.length) as Awaited<(typeof runs)[number]>[];
    for (const r of results) expect([201, 503], r.body).toContain(r.statusCode);
    expect(results.filter((r) => r.statusCode === 201).length).toBeGreaterThan(0);
    const byMonth = await t.owner.sql`SELECT month, count(*)::int AS n FROM payout_runs WHERE tenant_id = ${tenant.tenantId} GROUP BY month ORDER BY month`;
    expect(byMonth).toEqual(months.map((month) => ({ month, n: 1 })));

    // What the drafts hold at any moment is consistent: nothing is settled twice…
    const dupes = await t.owner
      .sql`SELECT worker_id, work_month, count(*) FROM payout_lines WHERE tenant_id = ${tenant.tenantId} AND kind <> 'carried' GROUP BY 1, 2, settlement_no HAVING count(*) > 1`;
    expect(dupes).toEqual([]);
    // …and after one more run of the last month, every month up to it is paid exactly what is due.
    expect((await post(token, "/v1/payout-runs", { month: "2025-06" })).statusCode).toBe(201);
    expect(await pendingPairs(t.owner, tenant.tenantId, "2025-06")).toBe(0);
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-06")).toEqual([]);
    // Approving month by month and settling again keeps it so.
    for (const month of months) {
      const run = (await get(token, `/v1/payout-runs?month=${month}`)).json().items[0];
      if (month !== "2025-04") expect((await post(token, "/v1/payout-runs", { month })).statusCode).toBe(201);
      expect((await post(token, `/v1/payout-runs/${run.id}/approve`)).statusCode).toBe(200);
    }
    expect(await settlementGaps(t.owner, tenant.tenantId, "2025-06")).toEqual([]);
  }, 60_000);
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
