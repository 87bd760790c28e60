import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";
import { createWorkFixture, type WorkFixture } from "./fixtures/vouchers.ts";

// RULES §4 (S7): only 5,95 / 6,45 / 6,95 / 7,45 EUR, the same for every client type, and a change
// takes effect on 1 January of the next year — orders before that keep the old price.
let t: TestApp;
let tenant: TenantLogin;
let f: WorkFixture;
beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t, "prijs");
  f = await createWorkFixture(t, tenant);
});
afterAll(async () => t?.close());

const all = (c: number) => ({ private: c, localGovernment: c, education: c, nonprofit: c, agriculture: c });
const order = async () =>
  (await t.app.inject({ method: "POST", url: "/v1/voucher-orders", headers: bearer(tenant.token), payload: { clientId: f.clientId, quantity: 10 } })).json();

describe("RULES §4 voucher price changes", () => {
  it("a new price is scheduled for 1 January next year; today's orders keep the price in force", async () => {
    const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(tenant.token), payload: { voucherPriceCents: all(695) } });
    expect(res.statusCode).toBe(200);
    const nextYear = `${new Date().getUTCFullYear() + (new Date().getUTCMonth() === 11 && new Date().getUTCDate() === 31 ? 2 : 1)}-01-01`;
    expect(res.json().voucherPriceCents).toEqual(all(745));
    expect(res.json().voucherPriceSchedule).toEqual([{ effectiveFrom: nextYear, voucherPriceCents: all(695) }]);
    expect((await order()).amountCents).toBe(10 * 745);
    const audit = await t.owner.sql`SELECT after->'voucherPriceSchedule' AS s FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND entity = 'settings'`;
    expect(audit[0]!.s).toEqual([{ effectiveFrom: nextYear, voucherPriceCents: all(695) }]);
  });

  it("once 1 January has come, settings and new orders use the new price", async () => {
    // Move the scheduled change into the past instead of moving the clock.
    await t.owner
      .sql`UPDATE tenants SET settings = jsonb_set(settings, '{voucherPriceSchedule,0,effectiveFrom}', '"2026-01-01"') WHERE id = ${tenant.tenantId}`;
    const settings = (await t.app.inject({ url: "/v1/settings", headers: bearer(tenant.token) })).json();
    expect(settings.voucherPriceCents).toEqual(all(695));
    expect(settings.voucherPriceSchedule).toEqual([]);
    expect((await order()).amountCents).toBe(10 * 695);
  });

  it("a price outside the allowed steps or different per client type is refused and nothing is scheduled", async () => {
    for (const voucherPriceCents of [{ private: 700 }, { private: 595 }]) {
      const res = await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(tenant.token), payload: { voucherPriceCents } });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].path).toMatch(/^voucherPriceCents/);
    }
    const settings = (await t.app.inject({ url: "/v1/settings", headers: bearer(tenant.token) })).json();
    expect(settings.voucherPriceSchedule).toEqual([]);
  });
});
