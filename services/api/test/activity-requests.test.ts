import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** Issue 14, RULES §3 (S19, S25): a client asks the organisation to add an activity; §6 (S32): or VDAB. */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let admin: string;
let consultant: string;
const day = addCalendarDays(brusselsDateOf(new Date()), 5);
const agreement = { start: addCalendarDays(day, -30), end: addCalendarDays(day, 300) };

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  admin = tokenFor(t, gent.tenantId, "admin");
  consultant = tokenFor(t, gent.tenantId, "consultant");
});
afterAll(async () => t?.close());

const ask = (token: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/v1/activity-requests", headers: bearer(token), payload });
const answer = (id: string, payload: Record<string, unknown>, token = admin) =>
  t.app.inject({ method: "POST", url: `/v1/activity-requests/${id}/answer`, headers: bearer(token), payload });
const order = (token: string, clientId: string, activityCode: string) =>
  t.app.inject({
    method: "POST",
    url: "/v1/jobs",
    headers: bearer(token),
    payload: { clientId, activityCode, description: "Bladeren", estimatedMinutes: 60, window: { from: `${day}T10:00:00+01:00`, to: `${day}T12:00:00+01:00` } },
  });

describe("RULES §3 (S19, S25): a client asks to add an activity, the admin answers", () => {
  it("the client asks for a list activity its municipality does not offer; once granted it can order it", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const me = tokenFor(t, gent.tenantId, "client", clientId);
    expect((await order(me, clientId, "garden.leaves")).json().code).toBe("job.activity_not_allowed");

    const asked = await ask(me, { clientId, activityCode: "garden.leaves", wish: "Elke herfst de bladeren van mijn oprit." });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ clientId, activityCode: "garden.leaves", activityName: "Bladeren ruimen", status: "open", answer: null });

    const open = (await t.app.inject({ url: "/v1/activity-requests?status=open", headers: bearer(admin) })).json();
    expect(open.items.map((r: { id: string }) => r.id)).toContain(asked.json().id);

    const granted = await answer(asked.json().id, { decision: "granted", answer: "Dat kan vanaf nu." });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ status: "granted", answer: "Dat kan vanaf nu." });
    const allowed = (await t.app.inject({ url: `/v1/municipalities/${geo.municipalityId}/activities`, headers: bearer(admin) })).json();
    expect(allowed.items.find((a: { activityCode: string }) => a.activityCode === "garden.leaves")?.clientTypes).toEqual(["private"]);
    expect((await order(me, clientId, "garden.leaves")).statusCode).toBe(201);

    const again = await answer(asked.json().id, { decision: "refused", answer: "Toch niet." });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("activity_request.already_answered");
  });

  it("granting adds the client's type to an activity the municipality offers to others, keeping theirs", async () => {
    await t.owner
      .sql`INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types) VALUES (${gent.tenantId}, ${geo.municipalityId}, 'garden.snow', ${["nonprofit"]})`;
    const clientId = await addClient(t, geo, { agreement });
    const asked = await ask(consultant, { clientId, activityCode: "garden.snow", wish: "Sneeuw voor de deur, ik kan niet meer buigen." });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await answer(asked.json().id, { decision: "granted" })).statusCode).toBe(200);
    const allowed = (await t.app.inject({ url: `/v1/municipalities/${geo.municipalityId}/activities`, headers: bearer(admin) })).json();
    expect(allowed.items.find((a: { activityCode: string }) => a.activityCode === "garden.snow")?.clientTypes).toEqual(["nonprofit", "private"]);
  });

  it("a wish in words is granted by picking a list activity; a refusal and a forward to VDAB (S32) need words", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const wish = (await ask(consultant, { clientId, wish: "Iemand die mijn lampen vervangt en mijn kast in elkaar zet." })).json();
    expect(wish).toMatchObject({ activityCode: null, status: "open" });
    const none = await answer(wish.id, { decision: "granted" });
    expect(none.statusCode).toBe(422);
    expect(none.json().code).toBe("activity_request.not_on_list");
    const schoolOnly = await answer(wish.id, { decision: "granted", activityCode: "accompany.lunch_supervision" });
    expect(schoolOnly.json().code).toBe("activity_request.not_on_list");
    const mute = await answer(wish.id, { decision: "forwarded" });
    expect(mute.statusCode).toBe(422);
    expect(mute.json()).toMatchObject({ code: "activity_request.reason_required", errors: [{ path: "answer" }] });
    const forwarded = await answer(wish.id, { decision: "forwarded", answer: "We vragen het aan VDAB." });
    expect(forwarded.json().status).toBe("forwarded");
    const granted = await answer(wish.id, { decision: "granted", activityCode: "repairs.furniture" });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ status: "granted", activityCode: "repairs.furniture" });
  });

  it("refusals: an activity not on the list, one already allowed, another client's name, a consultant answering, another tenant", async () => {
    const clientId = await addClient(t, geo, { agreement });
    const me = tokenFor(t, gent.tenantId, "client", clientId);
    const unknown = await ask(me, { clientId, activityCode: "space.travel", wish: "Naar de maan" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe("activityCode");
    const already = await ask(me, { clientId, activityCode: "garden.hedges", wish: "Mijn haag" });
    expect(already.statusCode).toBe(409);
    expect(already.json().code).toBe("activity_request.already_allowed");
    const blank = await ask(me, { clientId, wish: "   " });
    expect(blank.statusCode).toBe(422);

    const other = await addClient(t, geo, { agreement });
    expect((await ask(me, { clientId: other, wish: "Voor de buur" })).statusCode).toBe(403);
    const theirs = (await ask(consultant, { clientId: other, wish: "Boodschappen doen" })).json();
    const mine = (await t.app.inject({ url: "/v1/activity-requests", headers: bearer(me) })).json();
    expect(mine.items.map((r: { id: string }) => r.id)).not.toContain(theirs.id);
    expect((await answer(theirs.id, { decision: "refused", answer: "Nee" }, consultant)).statusCode).toBe(403);
    expect((await answer(theirs.id, { decision: "refused", answer: "Nee" }, me)).statusCode).toBe(403);

    const antwerpen = await createTenant(t, "antwerpen");
    const foreign = tokenFor(t, antwerpen.tenantId, "admin");
    expect((await answer(theirs.id, { decision: "refused", answer: "Nee" }, foreign)).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/v1/activity-requests", headers: bearer(foreign) })).json().items).toEqual([]);
    expect((await ask(foreign, { clientId: other, wish: "Lek" })).statusCode).toBe(404);
  });
});
