import { randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPeopleWithNumbers, CLIENT_INSZ, WORKER_INSZ } from "../../api/test/fixtures/personal-numbers.ts";
import { tokenFor } from "../../api/test/fixtures/work.ts";
import { createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { check, scanContext, startHarness, type Harness } from "./browser-harness.ts";

/**
 * Issue 20: a worker's and a client's page show INSZ and IBAN masked; "Toon volledig" leads to a
 * page (a plain link, no JavaScript needed) that reads them through the API's audited reveal route.
 */
const dotted = (n: string) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;

let h: Harness;
let tenant: TenantLogin;
let workerId: string;
let clientId: string;

async function as(role: "consultant" | "finance"): Promise<BrowserContext> {
  const ctx = await scanContext(h.browser, { width: 360 });
  await ctx.addCookies([{ name: "ww_session", value: tokenFor(h.api, tenant.tenantId, role), url: h.webUrl, httpOnly: true, sameSite: "Lax" }]);
  return ctx;
}

beforeAll(async () => {
  h = await startHarness();
  tenant = await createTenant(h.api, `pn-${randomUUID().slice(0, 6)}`);
  ({ workerId, clientId } = await addPeopleWithNumbers(h.api, tenant));
}, 120_000);
afterAll(async () => h?.close());

const reveals = async () =>
  (
    await h.api.owner.sql<{ entity: string; after: string }[]>`
      SELECT entity, after::text AS after FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND action = 'reveal' ORDER BY at`
  ).map((r) => [r.entity, JSON.parse(r.after).fields]);

describe("showing personal numbers in full (issue 20)", () => {
  it("the consultant sees them masked, clicks 'Toon volledig' and reads them in full; each read is in the audit log", async () => {
    const ctx = await as("consultant");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/werkers/${workerId}`);
    const main = (await page.textContent("main")) ?? "";
    expect(main).toContain("85.07.30-***.**");
    expect(main).toContain("BE68 **** **** 7034");
    expect(main).not.toContain(dotted(WORKER_INSZ));
    await page.click("a:has-text('Toon volledig')");
    await page.waitForURL(`${h.webUrl}/werkers/${workerId}/nummers`);
    const full = (await page.textContent("main")) ?? "";
    expect(full).toContain(dotted(WORKER_INSZ));
    expect(full).toContain("BE68 5390 0754 7034");
    await check(page, "werker-nummers-volledig");

    await page.goto(`${h.webUrl}/klanten/${clientId}`);
    expect(await page.textContent("main")).toContain("45.03.12-***.**");
    await page.click("a:has-text('Toon volledig')");
    await page.waitForURL(`${h.webUrl}/klanten/${clientId}/nummers`);
    expect(await page.textContent("main")).toContain(dotted(CLIENT_INSZ));
    await ctx.close();
    expect(await reveals()).toEqual([
      ["worker", ["nationalNumber", "iban"]],
      ["client", ["nationalNumber"]],
    ]);
  });

  it("finance reads the account only", async () => {
    const ctx = await as("finance");
    const page = await ctx.newPage();
    await page.goto(`${h.webUrl}/werkers/${workerId}/nummers`);
    const main = (await page.textContent("main")) ?? "";
    expect(main).toContain("BE68 5390 0754 7034");
    expect(main).not.toContain(dotted(WORKER_INSZ));
    await ctx.close();
  });
});
