import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ALLOWED_VOUCHER_PRICES_CENTS,
  CONSUMED_ACCOUNT,
  ISSUER_ACCOUNT,
  allocateOldestExpiryFirst,
  balances,
  clientReservedAccount,
  clientWalletAccount,
  divRoundHalfUp,
  groupVoucherPrice,
  isBalanced,
  postingFor,
  reverseMovements,
  taxCertificateEligible,
  taxDeductibleCents,
  taxDeductionPercent,
  travelAllowanceCents,
  travelKmToTenths,
  travelRatePer100Km,
  validateVoucherPrice,
  validateVoucherPrices,
  voucherExpiresOn,
  voucherOrderAmountCents,
  voucherPriceEffectiveDate,
  vouchersForMinutes,
  vouchersShortForWork,
  walletPosition,
  walletSummary,
  RESERVING_ENTRY_STATUSES,
  workerPayCents,
} from "../src/money/index.ts";
import type { LedgerMovement, PostingKind, VoucherLot } from "../src/money/index.ts";

describe("vouchersForMinutes", () => {
  it.each([
    { minutes: 0, vouchers: 0 },
    { minutes: 1, vouchers: 1 },
    { minutes: 59, vouchers: 1 },
    { minutes: 60, vouchers: 1 },
    { minutes: 61, vouchers: 2 },
    { minutes: 120, vouchers: 2 },
    { minutes: 121, vouchers: 3 },
    { minutes: 480, vouchers: 8 },
  ])("RULES §2/§4 each started hour = 1 cheque (S17, S48): $minutes min → $vouchers", ({ minutes, vouchers }) => {
    expect(vouchersForMinutes(minutes)).toBe(vouchers);
  });
  it("RULES §4: negative or fractional minutes are rejected", () => {
    expect(() => vouchersForMinutes(-1)).toThrow("money.minutes_invalid");
    expect(() => vouchersForMinutes(1.5)).toThrow("money.minutes_invalid");
  });
  it("property: vouchers × 60 covers the minutes with less than one hour to spare", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (m) => {
        const v = vouchersForMinutes(m);
        return v * 60 >= m && (v === 0 ? m === 0 : (v - 1) * 60 < m);
      }),
    );
  });
});

describe("RULES §2/§4 (S17): cheques a client still lacks for new work, warned before proposing", () => {
  it.each([
    { available: 5, planned: 0, minutes: 120, short: 0 },
    { available: 5, planned: 4, minutes: 120, short: 1 },
    { available: 0, planned: 0, minutes: 61, short: 2 },
    { available: 2, planned: 5, minutes: 60, short: 1 },
    { available: 3, planned: 1, minutes: 120, short: 0 },
    { available: 3, planned: 1, minutes: 121, short: 1 },
  ])("available $available, planned $planned, $minutes min: $short short", ({ available, planned, minutes, short }) => {
    expect(vouchersShortForWork({ available, planned }, minutes)).toBe(short);
  });
  it("a series counts each visit's started hours: five visits of 90 min need 10 cheques, not 8 (one per started hour, per visit)", () => {
    expect(vouchersShortForWork({ available: 0, planned: 0 }, [90, 90, 90, 90, 90])).toBe(10);
    expect(vouchersShortForWork({ available: 7, planned: 1 }, [90, 90, 90, 90, 90])).toBe(4);
    expect(vouchersShortForWork({ available: 3, planned: 0 }, [])).toBe(0);
  });
});

describe("voucher prices", () => {
  it("RULES §4 price (S7, BVR art. 38): 5,95 to 7,45 in steps of 0,50", () => {
    expect([...ALLOWED_VOUCHER_PRICES_CENTS]).toEqual([595, 645, 695, 745]);
  });
  it.each([595, 645, 695, 745])("RULES §4 price (S7): %i cents is allowed", (c) => {
    expect(validateVoucherPrice(c)).toEqual({ ok: true });
  });
  it.each([0, 500, 594, 700, 746, 795, 7.45])("RULES §4 price (S7): %d cents is not allowed", (c) => {
    expect(validateVoucherPrice(c)).toEqual({ ok: false, code: "settings.voucher_price_not_allowed" });
  });
  it.each([
    { name: "all 7,45 (S2, S3, S48)", prices: { private: 745, localGovernment: 745, education: 745, nonprofit: 745, agriculture: 745 }, codes: [] },
    { name: "difference by user type (S7)", prices: { private: 745, education: 645 }, codes: ["settings.voucher_price_not_uniform"] },
    { name: "price not on the ladder (S7)", prices: { private: 700 }, codes: ["settings.voucher_price_not_allowed"] },
    { name: "both (S7)", prices: { private: 700, nonprofit: 745 }, codes: ["settings.voucher_price_not_allowed", "settings.voucher_price_not_uniform"] },
  ])("RULES §4 no price difference by user type: $name", ({ prices, codes }) => {
    expect(validateVoucherPrices(prices).map((v) => v.code)).toEqual(codes);
  });
  it.each([
    { changedOn: "2026-03-15", effective: "2027-01-01" },
    { changedOn: "2026-01-01", effective: "2027-01-01" },
    { changedOn: "2026-12-31", effective: "2027-01-01" },
  ])("RULES §4 price change (S7): changed $changedOn → effective $effective", ({ changedOn, effective }) => {
    expect(voucherPriceEffectiveDate(changedOn)).toBe(effective);
  });
  it("RULES §4 price change (S7): a group that does not agree gets the lowest price", () => {
    expect(groupVoucherPrice([745, 645, 745])).toBe(645);
    expect(groupVoucherPrice([745])).toBe(745);
    expect(() => groupVoucherPrice([])).toThrow();
  });
  it("API.md voucher-orders amountCents = quantity × price", () => {
    expect(voucherOrderAmountCents(10, 745)).toBe(7450);
    expect(() => voucherOrderAmountCents(0, 745)).toThrow("money.quantity_invalid");
    expect(() => voucherOrderAmountCents(1, 700)).toThrow("settings.voucher_price_not_allowed");
  });
  it.each([
    { issuedOn: "2026-03-15", months: 12, expiresOn: "2027-03-14" },
    { issuedOn: "2026-01-01", months: 12, expiresOn: "2026-12-31" },
    { issuedOn: "2020-03-01", months: 15, expiresOn: "2021-05-31" },
  ])("RULES §4 validity 12 months (S11; COVID 15, S12): $issuedOn + $months months → last day $expiresOn", ({ issuedOn, months, expiresOn }) => {
    expect(voucherExpiresOn(issuedOn, months)).toBe(expiresOn);
  });
});

describe("worker pay", () => {
  it.each([
    { vouchers: 0, hourly: undefined, cents: 0 },
    { vouchers: 1, hourly: undefined, cents: 410 },
    { vouchers: 8, hourly: undefined, cents: 3280 },
    { vouchers: 2, hourly: 287, cents: 574 },
  ])("RULES §2 hourly pay 4,10 per cheque (S8, S17): $vouchers vouchers → $cents", ({ vouchers, hourly, cents }) => {
    expect(workerPayCents(vouchers, hourly)).toBe(cents);
  });
  it("RULES §2: rejects negative vouchers", () => {
    expect(() => workerPayCents(-1)).toThrow("money.vouchers_invalid");
  });
});

describe("travel allowance", () => {
  it.each([
    { date: "2017-06-01", rate: 1500, src: "S8" },
    { date: "2023-12-31", rate: 1500, src: "S8" },
    { date: "2024-01-01", rate: 1700, src: "S10" },
    { date: "2024-12-31", rate: 1700, src: "S10" },
    { date: "2025-01-01", rate: 1734, src: "S10" }, // 1700 × 1,02
    { date: "2026-06-15", rate: 1769, src: "S10" }, // 1700 × 1,02² = 1768,68 → 1769
    { date: "2027-01-01", rate: 1804, src: "S10" }, // 1804,0536
    { date: "2028-12-31", rate: 1840, src: "S10" }, // 1840,134672
  ])("RULES §2 travel ($src): rate on $date = $rate cents per 100 km", ({ date, rate }) => {
    expect(travelRatePer100Km(date)).toBe(rate);
  });
  it.each([
    { tenths: 0, date: "2026-05-01", cents: 0, why: "no trip" },
    { tenths: 100, date: "2026-05-01", cents: 0, why: "exactly 10 km is not more than 10 km (S8)" },
    { tenths: 101, date: "2024-05-01", cents: 172, why: "10,1 km × 0,17 = 1,717 (S10)" },
    { tenths: 101, date: "2023-05-01", cents: 152, why: "10,1 km × 0,15 = 1,515 half-up (S8)" },
    { tenths: 250, date: "2025-05-01", cents: 434, why: "25 km × 0,1734 = 4,335 half-up (S10)" },
    { tenths: 123, date: "2026-05-01", cents: 218, why: "12,3 km × 0,1769 = 2,17587 (S10)" },
    { tenths: 300, date: "2022-05-01", cents: 450, why: "30 km × 0,15 (S8)" },
  ])("RULES §2 travel: $why", ({ tenths, date, cents }) => {
    expect(travelAllowanceCents({ roundTripTenthsKm: tenths, date })).toBe(cents);
  });
  it("RULES §2 travel: a tenant rate override wins", () => {
    expect(travelAllowanceCents({ roundTripTenthsKm: 200, date: "2026-01-01", ratePer100KmOverride: 2000 })).toBe(400);
  });
  it("API.md travelKm has at most one decimal", () => {
    expect(travelKmToTenths(12.3)).toBe(123);
    expect(travelKmToTenths(0)).toBe(0);
    expect(() => travelKmToTenths(12.34)).toThrow("money.travel_km_invalid");
    expect(() => travelKmToTenths(-1)).toThrow("money.travel_km_invalid");
    expect(() => travelKmToTenths(Number.NaN)).toThrow("money.travel_km_invalid");
  });
  it("property: allowance is 0 up to 10 km and non-decreasing with distance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const f = (t: number) => travelAllowanceCents({ roundTripTenthsKm: t, date: "2026-01-01" });
        return f(lo) <= f(hi) && (lo > 100 || f(lo) === 0);
      }),
    );
  });
});

describe("tax reduction", () => {
  it.each([
    { year: 2018, pct: 30, src: "S6" },
    { year: 2019, pct: 30, src: "S50" },
    { year: 2020, pct: 20, src: "S14" },
    { year: 2026, pct: 20, src: "S14" },
  ])("RULES §4 tax benefit ($src): $year → $pct %", ({ year, pct }) => {
    expect(taxDeductionPercent(year)).toBe(pct);
  });
  it.each([
    { paid: 7450, year: 2026, cents: 1490 },
    { paid: 745, year: 2019, cents: 224 }, // 223,5 half-up
    { paid: 595, year: 2020, cents: 119 },
    { paid: 0, year: 2020, cents: 0 },
  ])("RULES §4 tax benefit (S14): $paid cents paid in $year → $cents", ({ paid, year, cents }) => {
    expect(taxDeductibleCents(paid, year)).toBe(cents);
  });
  it("RULES §3 tax deduction (S13, S20): natural persons only", () => {
    expect(taxCertificateEligible("private")).toBe(true);
    expect(taxCertificateEligible("nonprofit")).toBe(false);
  });
  it("divRoundHalfUp rounds halves away from zero", () => {
    expect(divRoundHalfUp(5, 10)).toBe(1);
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(-5, 10)).toBe(-1);
    expect(divRoundHalfUp(3, 2)).toBe(2);
    expect(() => divRoundHalfUp(1, 0)).toThrow();
  });
});

describe("ledger (DESIGN principle 5)", () => {
  const kinds: PostingKind[] = ["issue", "reserve", "release", "consume", "expire", "refund"];
  it.each(kinds)("DESIGN §5 double entry: %s is a balanced pair", (kind) => {
    const pair = postingFor(kind, 3, { clientId: "c1", lotId: "L1" });
    expect(pair[0].vouchers + pair[1].vouchers).toBe(0);
    expect(pair[0].vouchers).toBe(-3);
    expect(pair.every((m) => m.kind === kind && m.lotId === "L1")).toBe(true);
  });
  it("DESIGN §5: purchase, reserve, consume, expire, refund give the expected derived balances", () => {
    const ms: LedgerMovement[] = [
      ...postingFor("issue", 10, { clientId: "c1" }),
      ...postingFor("reserve", 3, { clientId: "c1" }),
      ...postingFor("consume", 2, { clientId: "c1", fromReserved: true }),
      ...postingFor("release", 1, { clientId: "c1" }),
      ...postingFor("expire", 1, { clientId: "c1" }),
      ...postingFor("refund", 2, { clientId: "c1" }),
    ];
    const b = balances(ms);
    expect(b.get(clientWalletAccount("c1"))).toBe(10 - 3 + 1 - 1 - 2);
    expect(b.get(clientReservedAccount("c1"))).toBe(0);
    expect(b.get(CONSUMED_ACCOUNT)).toBe(2);
    expect(b.get(ISSUER_ACCOUNT)).toBe(-10);
    expect(isBalanced(ms)).toBe(true);
  });
  it("DESIGN §5 corrections are new entries: a reversal cancels the balance", () => {
    const ms = postingFor("consume", 4, { clientId: "c1" });
    const all = [...postingFor("issue", 4, { clientId: "c1" }), ...ms, ...reverseMovements(ms)];
    expect(balances(all).get(clientWalletAccount("c1"))).toBe(4);
    expect(balances(all).get(CONSUMED_ACCOUNT)).toBe(0);
  });
  it("rejects non-positive quantities", () => {
    expect(() => postingFor("issue", 0, { clientId: "c1" })).toThrow("ledger.quantity_invalid");
    expect(() => postingFor("issue", 1.5, { clientId: "c1" })).toThrow("ledger.quantity_invalid");
  });
  it("property: any sequence of postings sums to zero and balances sum to zero", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...kinds),
            qty: fc.integer({ min: 1, max: 50 }),
            client: fc.constantFrom("a", "b", "c"),
            fromReserved: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (ops) => {
          const ms = ops.flatMap((o) => postingFor(o.kind, o.qty, { clientId: o.client, fromReserved: o.fromReserved }));
          const total = [...balances(ms).values()].reduce((s, v) => s + v, 0);
          return isBalanced(ms) && total === 0;
        },
      ),
    );
  });
});

describe("allocateOldestExpiryFirst", () => {
  const lots: VoucherLot[] = [
    { lotId: "B", remaining: 5, expiresOn: "2026-12-31" },
    { lotId: "A", remaining: 2, expiresOn: "2026-06-30" },
    { lotId: "X", remaining: 10, expiresOn: "2026-05-31" }, // expired on 2026-06-01
    { lotId: "C", remaining: 0, expiresOn: "2026-06-01" },
  ];
  it.each([
    { needed: 0, result: { ok: true, allocations: [] } },
    { needed: 1, result: { ok: true, allocations: [{ lotId: "A", vouchers: 1 }] } },
    {
      needed: 4,
      result: {
        ok: true,
        allocations: [
          { lotId: "A", vouchers: 2 },
          { lotId: "B", vouchers: 2 },
        ],
      },
    },
    {
      needed: 7,
      result: {
        ok: true,
        allocations: [
          { lotId: "A", vouchers: 2 },
          { lotId: "B", vouchers: 5 },
        ],
      },
    },
    { needed: 9, result: { ok: false, code: "wallet.insufficient_vouchers", available: 7, shortfall: 2 } },
  ])("API.md time entries: oldest expiry first, expired skipped (RULES §4 validity S11): need $needed", ({ needed, result }) => {
    expect(allocateOldestExpiryFirst(lots, needed, "2026-06-01")).toEqual(result);
  });
  it("a lot is still usable on its expiry day", () => {
    expect(allocateOldestExpiryFirst(lots, 1, "2026-05-31")).toEqual({ ok: true, allocations: [{ lotId: "X", vouchers: 1 }] });
  });
  it("property: never exceeds remaining, never uses expired lots, uses oldest expiry first, sums to needed", () => {
    const lotArb = fc.record({
      lotId: fc.uuid(),
      remaining: fc.integer({ min: 0, max: 20 }),
      expiresOn: fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(lotArb, { selector: (l) => l.lotId, maxLength: 12 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        (ls, needed, dayOffset) => {
          const onDate = new Date(Date.UTC(2026, 0, 1 + dayOffset)).toISOString().slice(0, 10);
          const r = allocateOldestExpiryFirst(ls, needed, onDate);
          const usable = ls.filter((l) => l.remaining > 0 && l.expiresOn >= onDate);
          const avail = usable.reduce((s, l) => s + l.remaining, 0);
          if (!r.ok) return avail < needed && r.shortfall === needed - avail;
          const byId = new Map(ls.map((l) => [l.lotId, l]));
          let sum = 0;
          for (const a of r.allocations) {
            const lot = byId.get(a.lotId);
            if (!lot || a.vouchers <= 0 || a.vouchers > lot.remaining || lot.expiresOn < onDate) return false;
            sum += a.vouchers;
          }
          // Oldest first: any usable lot expiring strictly before a used lot is fully used.
          for (const a of r.allocations) {
            const used = byId.get(a.lotId)!;
            for (const l of usable) {
              if (l.expiresOn < used.expiresOn && r.allocations.find((x) => x.lotId === l.lotId)?.vouchers !== l.remaining) return false;
            }
          }
          return sum === needed;
        },
      ),
    );
  });
  it("API.md wallet: available and expiring within 30 days", () => {
    expect(walletSummary(lots, "2026-06-01")).toEqual({
      available: 7,
      expiringWithin30Days: 2,
      lots: [
        { count: 2, expiresOn: "2026-06-30" },
        { count: 5, expiresOn: "2026-12-31" },
      ],
    });
  });
});

describe("walletPosition (API.md wallet: available, reserved)", () => {
  const lots: VoucherLot[] = [
    { lotId: "A", remaining: 4, expiresOn: "2026-06-20" },
    { lotId: "B", remaining: 6, expiresOn: "2027-03-31" },
    { lotId: "X", remaining: 9, expiresOn: "2026-05-31" }, // expired: held no more
  ];
  it.each([
    { why: "nothing entered: everything is available", pending: [], planned: [], out: { available: 10, reserved: 0, shortfall: 0, planned: 0 } },
    {
      why: "entered hours reserve their vouchers (submitted, disputed, awaiting)",
      pending: [2, 1, 3],
      planned: [],
      out: { available: 4, reserved: 6, shortfall: 0, planned: 0 },
    },
    { why: "exactly what is held", pending: [10], planned: [], out: { available: 0, reserved: 10, shortfall: 0, planned: 0 } },
    {
      why: "more than held: reserved stops at what is held, the rest is to buy",
      pending: [8, 5],
      planned: [],
      out: { available: 0, reserved: 10, shortfall: 3, planned: 0 },
    },
    {
      why: "planned work is an estimate per started hour (RULES §2/§4), it does not reserve",
      pending: [2],
      planned: [120, 61, 30],
      out: { available: 8, reserved: 2, shortfall: 0, planned: 5 },
    },
  ])("$why", ({ pending, planned, out }) => {
    const p = walletPosition({ lots, onDate: "2026-06-01", pendingVouchers: pending, plannedMinutes: planned });
    expect(p).toMatchObject(out);
    // The lots show what is held, reserved included; expiring counts held vouchers (lot A).
    expect(p.lots).toEqual([
      { count: 4, expiresOn: "2026-06-20" },
      { count: 6, expiresOn: "2027-03-31" },
    ]);
    expect(p.expiringWithin30Days).toBe(4);
  });
  it("the reserving statuses are the entries not yet paid", () => {
    expect([...RESERVING_ENTRY_STATUSES]).toEqual(["submitted", "disputed", "awaiting_vouchers"]);
  });
  it("rejects a negative or fractional need", () => {
    expect(() => walletPosition({ lots, onDate: "2026-06-01", pendingVouchers: [-1] })).toThrow("ledger.quantity_invalid");
    expect(() => walletPosition({ lots, onDate: "2026-06-01", pendingVouchers: [1.5] })).toThrow("ledger.quantity_invalid");
  });
  it("property: available + reserved = held; reserved + shortfall = need; confirming a pending entry never moves available", () => {
    const lotArb = fc.record({
      lotId: fc.uuid(),
      remaining: fc.integer({ min: 0, max: 20 }),
      expiresOn: fc.constantFrom("2026-05-31", "2026-06-30", "2026-12-31"),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(lotArb, { selector: (l) => l.lotId, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 8 }),
        (ls, pending) => {
          const onDate = "2026-06-01";
          const p = walletPosition({ lots: ls, onDate, pendingVouchers: pending });
          const held = walletSummary(ls, onDate).available;
          const need = pending.reduce((s, v) => s + v, 0);
          if (p.available + p.reserved !== held || p.reserved + p.shortfall !== need || p.available < 0 || p.reserved < 0) return false;
          // Confirm the first pending entry the wallet can pay: it consumes oldest first and leaves the list.
          const i = pending.findIndex((v) => allocateOldestExpiryFirst(ls, v, onDate).ok);
          if (i < 0) return true;
          const alloc = allocateOldestExpiryFirst(ls, pending[i]!, onDate);
          if (!alloc.ok) return false;
          const used = new Map(alloc.allocations.map((a) => [a.lotId, a.vouchers]));
          const after = walletPosition({
            lots: ls.map((l) => ({ ...l, remaining: l.remaining - (used.get(l.lotId) ?? 0) })),
            onDate,
            pendingVouchers: pending.filter((_, j) => j !== i),
          });
          return after.available === p.available;
        },
      ),
    );
  });
});
