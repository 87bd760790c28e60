import { describe, expect, it } from "vitest";
import { agreementFeeSettled, unpaidAgreementsFor } from "../src/clients/index.ts";

// RULES §3 (S20, S44): the client pays the yearly fee, then orders cheques and work.
describe("RULES §3: the client agreement's fee is settled before work and cheques", () => {
  const agreement = (feePaidOn: string | null, feeCents = 750) => ({ startDate: "2026-11-01", endDate: "2027-10-31", feeCents, feePaidOn });
  it.each([
    { name: "paid", a: agreement("2026-11-03"), today: "2026-11-10", grace: 0, settled: true },
    { name: "no fee to pay", a: agreement(null, 0), today: "2026-11-10", grace: 0, settled: true },
    { name: "unpaid, no grace", a: agreement(null), today: "2026-11-10", grace: 0, settled: false },
    { name: "unpaid, within a 30-day grace", a: agreement(null), today: "2026-11-30", grace: 30, settled: true },
    { name: "unpaid, the 30-day grace over", a: agreement(null), today: "2026-12-01", grace: 30, settled: false },
  ])("$name: settled $settled", ({ a, today, grace, settled }) => {
    expect(agreementFeeSettled(a, today, grace)).toBe(settled);
  });
  it("only agreements covering the days asked for count", () => {
    const old = { startDate: "2025-11-01", endDate: "2026-10-31", feeCents: 750, feePaidOn: null };
    const current = { startDate: "2026-11-01", endDate: "2027-10-31", feeCents: 750, feePaidOn: "2026-11-02" };
    expect(unpaidAgreementsFor(["2026-12-01"], [old, current], "2026-11-10")).toEqual([]);
    expect(unpaidAgreementsFor(["2026-10-15", "2026-12-01"], [old, current], "2026-11-10")).toEqual([old]);
  });
});
