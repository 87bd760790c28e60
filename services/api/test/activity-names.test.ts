import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY_NAMES } from "@wijkwerk/notify";
import { bearer, createTenant, startTestApp, type TestApp } from "./helpers.ts";

/**
 * Issue 17: clients and workers read the activity in their own language (pages, SMS, mails). The
 * names live in one table (packages/notify/src/activities.ts); this binds it to the activities
 * the database offers, so an activity added by a migration without its names fails here.
 */
let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await startTestApp();
  token = (await createTenant(t, "gent")).token;
});
afterAll(async () => t?.close());

describe("activity names in nl, fr and en (issue 17)", () => {
  it("every activity of the database has its Dutch name and a French and English one in the catalogue", async () => {
    const res = await t.app.inject({ method: "GET", url: "/v1/activities", headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; name: string }[];
    expect(items.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const a of items) {
      const names = ACTIVITY_NAMES[a.code];
      if (!names) problems.push(`${a.code}: no names`);
      else {
        if (names.nl !== a.name) problems.push(`${a.code}: nl "${names.nl}" is not the database's "${a.name}"`);
        if (!names.fr || names.fr === names.nl) problems.push(`${a.code}: no French name`);
        if (!names.en || names.en === names.nl) problems.push(`${a.code}: no English name`);
      }
    }
    expect(problems).toEqual([]);
    // And nothing in the catalogue that the database does not know (a renamed code).
    expect(Object.keys(ACTIVITY_NAMES).filter((code) => !items.some((a) => a.code === code))).toEqual([]);
  });
});
