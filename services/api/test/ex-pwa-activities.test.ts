import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** Issue 14, RULES §6 (S23): cooking, washing and big clean-up only for transitional ex-PWA households. */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let consultant: string;
const day = addCalendarDays(brusselsDateOf(new Date()), 5);
const agreement = { start: addCalendarDays(day, -30), end: addCalendarDays(day, 300) };

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  // The municipality offers the activity to private clients: the ex-PWA rule is what decides.
  await t.owner
    .sql`INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types) VALUES (${gent.tenantId}, ${geo.municipalityId}, 'household.ex_pwa', ${["private"]})`;
});
afterAll(async () => t?.close());

const cook = (clientId: string) =>
  t.app.inject({
    method: "POST",
    url: "/v1/jobs",
    headers: bearer(consultant),
    payload: {
      clientId,
      activityCode: "household.ex_pwa",
      description: "Koken",
      estimatedMinutes: 60,
      window: { from: `${day}T10:00:00+01:00`, to: `${day}T12:00:00+01:00` },
    },
  });

describe("RULES §6: transitional ex-PWA activities", () => {
  it("a household that is not an ex-PWA one is refused: 422 job.activity_ex_pwa_only at the activity", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const res = await cook(clientId);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("job.activity_ex_pwa_only");
    expect(res.json().errors[0].path).toBe("activityCode");
  });

  it("once the consultant records since when it is an ex-PWA household, the job is taken; a date ahead is refused", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const ahead = await t.app.inject({ method: "PATCH", url: `/v1/clients/${clientId}`, headers: bearer(consultant), payload: { exPwaSince: "2999-01-01" } });
    expect(ahead.statusCode).toBe(422);
    const set = await t.app.inject({ method: "PATCH", url: `/v1/clients/${clientId}`, headers: bearer(consultant), payload: { exPwaSince: "2016-04-01" } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().exPwaSince).toBe("2016-04-01");
    expect((await cook(clientId)).statusCode).toBe(201);
  });
});
