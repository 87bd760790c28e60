import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDateOf } from "@wijkwerk/domain";
import { bearer, createTenant, login, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 20, the audit trail readable: admins see who changed what and when, before and after with
 * personal numbers masked, filtered by subject, staff member, kind and period, and as CSV.
 */
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let finance: string;
let financeId: string;
let staffId: string;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t);
  aalst = await createTenant(t);
  const made = await req("POST", "/v1/staff", gent.token, { email: "fin@gent.be", name: "Fien Financiën", role: "finance", password: "correct horse battery" });
  financeId = made.json().id;
  finance = await login(t, gent.slug, "fin@gent.be", "correct horse battery");
  // Finance sets the organisation's account twice (an IBAN before and after), the admin changes a setting and a role.
  await req("PUT", "/v1/organisation-account", finance, { name: "Wijk-werken Gent", iban: "BE68 5390 0754 7034" });
  await req("PUT", "/v1/organisation-account", finance, { name: "Wijk-werken Gent", iban: "BE71 0961 2345 6769" });
  await req("PATCH", "/v1/settings", gent.token, { confirmWindowDays: 5 });
  staffId = (
    await req("POST", "/v1/staff", gent.token, { email: "co@gent.be", name: "Co Nsulent", role: "consultant", password: "correct horse battery" })
  ).json().id;
  await req("PATCH", `/v1/staff/${staffId}`, gent.token, { role: "finance" });
});
afterAll(async () => t?.close());

function req(method: "GET" | "POST" | "PUT" | "PATCH", url: string, token: string, payload?: object) {
  return t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
}
type Entry = {
  action: string;
  entity: string;
  entityId: string | null;
  actorId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
  at: string;
};
const list = async (query: string, token = gent.token) => {
  const res = await req("GET", `/v1/audit-log?${query}`, token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Entry[]; nextCursor: string | null };
};

describe("the audit trail for admins (issue 20)", () => {
  it("shows who changed what, newest first, with before and after and the IBAN masked", async () => {
    const { items } = await list("entity=organisation_account");
    expect(items.map((e) => e.action)).toEqual(["update", "create"]);
    expect(items[0]).toMatchObject({ actorId: financeId, actorName: "Fien Financiën" });
    expect(JSON.stringify(items)).not.toMatch(/BE68539007547034|BE71096123456769/);
    expect((items[0]!.before as { iban: string }).iban).toMatch(/^BE68\W*\*+/);
    expect((items[0]!.after as { iban: string }).iban).toMatch(/^BE71/);
    expect(new Date(items[0]!.at).getTime()).toBeGreaterThanOrEqual(new Date(items[1]!.at).getTime());
  });

  it("filters by staff member, by subject and by period; a period that ends before it starts is a clear 422", async () => {
    const byFinance = await list(`actorId=${financeId}`);
    expect(byFinance.items.length).toBeGreaterThanOrEqual(2);
    expect(byFinance.items.every((e) => e.actorId === financeId)).toBe(true);
    const aboutStaff = await list(`subjectId=${staffId}`);
    expect(aboutStaff.items.map((e) => e.action)).toEqual(["change_role", "create"]);
    expect(aboutStaff.items[0]).toMatchObject({ before: expect.objectContaining({ role: "consultant" }), after: expect.objectContaining({ role: "finance" }) });
    const today = brusselsDateOf(new Date()); // the filter counts days in Brussels time
    expect((await list(`from=2000-01-01&to=2000-12-31`)).items).toEqual([]);
    expect((await list(`from=${today}&to=${today}&entity=settings`)).items.length).toBe(1);
    const wrong = await req("GET", "/v1/audit-log?from=2026-02-01&to=2026-01-01", gent.token);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe("to");
    const kinds = (await req("GET", "/v1/audit-log/entities", gent.token)).json().items as string[];
    expect(kinds).toEqual(expect.arrayContaining(["organisation_account", "settings", "staff"]));
  });

  it("pages with a cursor without skipping or repeating a row", async () => {
    const all = (await list("limit=200")).items.map((e) => JSON.stringify(e));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Entry[]; nextCursor: string | null } = await list(`limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((e) => JSON.stringify(e)));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("is for admins only, and never shows another organisation's trail", async () => {
    expect((await req("GET", "/v1/audit-log", finance)).statusCode).toBe(403);
    const theirs = await list("limit=200", aalst.token);
    expect(theirs.items.some((e) => e.actorId === financeId || e.entity === "organisation_account")).toBe(false);
    expect((await list(`subjectId=${staffId}`, aalst.token)).items).toEqual([]);
  });

  it("exports as CSV with the same filters, masked, and records the export", async () => {
    const res = await req("GET", "/v1/audit-log.csv?entity=organisation_account", gent.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("Tijdstip;Wie (soort);Wie");
    expect(lines).toHaveLength(3);
    expect(res.body).not.toMatch(/BE68539007547034|BE71096123456769/);
    expect(res.body).toContain("Fien Financiën");
    const exports = await list("entity=audit_log");
    expect(exports.items[0]).toMatchObject({ action: "export", after: { entity: "organisation_account" } });
  });
});
