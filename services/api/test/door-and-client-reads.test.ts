import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, startTestApp, type TestApp } from "./helpers.ts";

// Issue 17: the door (public organisation search, honest code answers, landlines) and what a client reads.
let t: TestApp;
let geo: Geo;
let tenantId: string;
let clientId: string;
let otherClientId: string;
let workerId: string;

async function platformTenant(payload: Record<string, unknown>) {
  const res = await t.app.inject({ method: "POST", url: "/v1/platform/tenants", headers: bearer(t.config.PLATFORM_TOKEN), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  tenantId = await platformTenant({
    name: "Wijk-Werken Gent",
    slug: "gent",
    adminEmail: "admin@gent.be",
    adminPassword: "correct horse battery",
    phone: "09 210 10 10",
    email: "Wijkwerken@Gent.be",
  });
  await platformTenant({ name: "Wijk-werken Aalst", slug: "aalst", adminEmail: "admin@aalst.be", adminPassword: "correct horse battery" });
  geo = await createGeo(t, tenantId);
  await t.owner
    .sql`INSERT INTO municipalities (tenant_id, id, name, nis_code, postal_codes) VALUES (${tenantId}, ${randomUUID()}, 'Merelbeke', '44043', '{9820}')`;
  await t.owner
    .sql`INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types) VALUES (${tenantId}, ${geo.municipalityId}, 'prevention.school_crossing', ${["localGovernment", "education"]}), (${tenantId}, ${geo.municipalityId}, 'accompany.winter_shelter', ${["localGovernment", "nonprofit"]})`;
  await t.owner
    .sql`INSERT INTO organisation_accounts (tenant_id, name, iban, bic) VALUES (${tenantId}, 'Wijk-werken Gent EVA', 'BE68539007547034', 'GKCCBEBB')`;
  clientId = await addClient(t, geo, { agreement: { start: "2020-01-01", end: "2099-12-31" } });
  otherClientId = await addClient(t, geo, { agreement: { start: "2020-01-01", end: "2099-12-31" } });
  workerId = await addWorker(t, geo, { firstName: "Fatima", agreement: { start: "2020-01-01", end: "2099-12-31" } });
});
afterAll(async () => t?.close());

const get = (url: string, token?: string) => t.app.inject({ method: "GET", url, headers: token ? bearer(token) : {} });

describe("GET /v1/organisations (public): find the organisation by name, short name or municipality", () => {
  it.each(["gent", "GENT", "Wijk-Werken Gent", "wijk werken gent", "Merelbeke", "merel"])("%s finds Gent, case-insensitive", async (q) => {
    const res = await get(`/v1/organisations?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((o: { slug: string }) => o.slug)).toEqual(["gent"]);
  });

  it("reveals nothing private: only slug, name, phone, e-mail and municipalities", async () => {
    const [gent] = (await get("/v1/organisations?q=gent")).json().items;
    expect(Object.keys(gent).sort()).toEqual(["email", "municipalities", "name", "phone", "phoneDisplay", "slug"]);
    expect(gent).toEqual({
      slug: "gent",
      name: "Wijk-Werken Gent",
      phone: "+3292101010",
      phoneDisplay: "09 210 10 10",
      email: "wijkwerken@gent.be",
      municipalities: ["Gent", "Merelbeke"],
    });
    const body = JSON.stringify(gent);
    for (const secret of [tenantId, "admin@gent.be", "BE68539007547034", "voucherPrice", "settings"]) expect(body).not.toContain(secret);
  });

  it("finds both for a common word, nothing for one letter or a name that does not exist", async () => {
    expect((await get("/v1/organisations?q=wijk-werken")).json().items.map((o: { slug: string }) => o.slug)).toEqual(["aalst", "gent"]);
    expect((await get("/v1/organisations?q=g")).json().items).toEqual([]);
    expect((await get("/v1/organisations?q=brugge")).json().items).toEqual([]);
  });

  it("GET /v1/organisations/{slug} in any case; 404 for an unknown one", async () => {
    const res = await get("/v1/organisations/Gent");
    expect(res.statusCode).toBe(200);
    expect(res.json().slug).toBe("gent");
    const aalst = (await get("/v1/organisations/aalst")).json();
    expect(aalst.phone).toBeNull();
    const none = await get("/v1/organisations/nergens");
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe("resource.not_found");
  });

  it("the admin sets the phone and e-mail; a consultant may not", async () => {
    const admin = tokenFor(t, tenantId, "admin");
    const res = await t.app.inject({
      method: "PUT",
      url: "/v1/organisation-contact",
      headers: bearer(admin),
      payload: { phone: "09 266 00 00", email: "info@wijkwerken.gent" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ phone: "+3292660000", email: "info@wijkwerken.gent" });
    expect((await get("/v1/organisations/gent")).json().phoneDisplay).toBe("09 266 00 00");
    const bad = await t.app.inject({ method: "PUT", url: "/v1/organisation-contact", headers: bearer(admin), payload: { phone: "bel me", email: null } });
    expect(bad.statusCode).toBe(422);
    const consultant = await t.app.inject({
      method: "PUT",
      url: "/v1/organisation-contact",
      headers: bearer(tokenFor(t, tenantId, "consultant")),
      payload: { phone: null, email: null },
    });
    expect(consultant.statusCode).toBe(403);
    // Back to the number the other tests expect.
    await t.app.inject({
      method: "PUT",
      url: "/v1/organisation-contact",
      headers: bearer(admin),
      payload: { phone: "09 210 10 10", email: "wijkwerken@gent.be" },
    });
  });
});

describe("POST /v1/auth/codes: the same answer for known and unknown, a clear code for a landline", () => {
  const request = (payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url: "/v1/auth/codes", headers: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.1` }, payload });
  const codes = async () => (await t.owner.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'events/auth.code'`)[0]!.n;

  it("a known client and unknown numbers or organisations get the same 202 without a body; only the known one gets a code", async () => {
    const before = await codes();
    const answers = [];
    for (const body of [
      { tenant: "Gent", phone: "0470 00 00 01" }, // the fixture client's number, the slug in another case
      { tenant: "gent", phone: "0479 99 99 99" },
      { tenant: "nergens", phone: "0470 00 00 01" },
    ]) {
      const res = await request(body);
      answers.push({ status: res.statusCode, body: res.body, type: res.headers["content-type"] ?? null });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(202);
    expect(await codes()).toBe(before + 1);
  });

  it("a Belgian landline gets 422 auth.phone_landline, known or not, and nothing is sent", async () => {
    const before = await codes();
    for (const tenant of ["gent", "nergens"]) {
      const res = await request({ tenant, phone: "09 210 10 10" });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe("auth.phone_landline");
      expect(res.json().errors).toEqual([{ path: "phone", message: expect.stringContaining("vast nummer") }]);
    }
    expect(await codes()).toBe(before);
  });
});

describe("what a client reads (issue 17)", () => {
  it("GET /v1/clients/{id}/activities: a household sees its own activities, no school crossings or homeless shelters", async () => {
    const res = await get(`/v1/clients/${clientId}/activities`, tokenFor(t, tenantId, "client", clientId));
    expect(res.statusCode, res.body).toBe(200);
    const codes = res.json().items.map((a: { code: string }) => a.code);
    expect(codes.sort()).toEqual(["accompany.company", "garden.hedges", "repairs.lamps"]);
    expect(codes).not.toContain("prevention.school_crossing");
    expect(codes).not.toContain("accompany.winter_shelter");
    const other = await get(`/v1/clients/${otherClientId}/activities`, tokenFor(t, tenantId, "client", clientId));
    expect(other.statusCode).toBe(404);
  });

  it("a visit carries the worker's first name; an hour entry the worker, the task and the date to answer by", async () => {
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const consultant = tokenFor(t, tenantId, "consultant");
    const job = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: {
        clientId,
        activityCode: "accompany.company",
        description: "Samen boodschappen doen",
        estimatedMinutes: 120,
        window: { from: `${day}T09:00:00+02:00`, to: `${day}T12:00:00+02:00` },
      },
    });
    expect(job.statusCode, job.body).toBe(201);
    const jobId = job.json().id;
    const asg = await t.app.inject({
      method: "POST",
      url: `/v1/jobs/${jobId}/assignments`,
      headers: bearer(consultant),
      payload: { workerId, startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T11:00:00+02:00` },
    });
    expect(asg.statusCode, asg.body).toBe(201);
    const detail = await get(`/v1/jobs/${jobId}`, tokenFor(t, tenantId, "client", clientId));
    expect(detail.json().assignments).toEqual([expect.objectContaining({ workerId, workerFirstName: "Fatima", status: "proposed" })]);

    await t.owner.sql`
      INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id)
      VALUES (${tenantId}, ${randomUUID()}, ${asg.json().id}, ${workerId}, ${clientId}, ${day}, 120, 2, 'disputed', 'worker', ${workerId})`;
    const list = await get("/v1/time-entries?status=disputed", tokenFor(t, tenantId, "client", clientId));
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        workerFirstName: "Fatima",
        activityCode: "accompany.company",
        activityName: expect.any(String),
        confirmBefore: expect.any(String),
      }),
    ]);
  });

  it("voucher terms before ordering; the order list and one order with the IBAN next to the OGM; not another client's", async () => {
    const me = tokenFor(t, tenantId, "client", clientId);
    const terms = await get(`/v1/clients/${clientId}/voucher-terms`, me);
    expect(terms.statusCode, terms.body).toBe(200);
    expect(terms.json()).toEqual({
      unitPriceCents: expect.any(Number),
      confirmAboveQuantity: 40,
      maxQuantity: 500,
      payTo: { name: "Wijk-werken Gent EVA", iban: "BE68539007547034", bic: "GKCCBEBB" },
      // Issue 18: the client's own OGM for every order and the fee.
      permanentReference: expect.stringMatching(/^\+\+\+9\d\d\/\d{4}\/\d{5}\+\+\+$/),
    });
    const order = await t.app.inject({ method: "POST", url: "/v1/voucher-orders", headers: bearer(me), payload: { clientId, quantity: 3 } });
    expect(order.statusCode, order.body).toBe(201);
    expect(order.json().amountCents).toBe(3 * terms.json().unitPriceCents);
    const list = await get("/v1/voucher-orders?status=awaiting_payment", me);
    expect(list.json().items.map((o: { id: string }) => o.id)).toEqual([order.json().id]);
    const one = await get(`/v1/voucher-orders/${order.json().id}`, me);
    expect(one.json()).toMatchObject({
      paymentReference: order.json().paymentReference,
      status: "awaiting_payment",
      paidAt: null,
      payTo: { iban: "BE68539007547034" },
    });
    const theirs = tokenFor(t, tenantId, "client", otherClientId);
    expect((await get(`/v1/voucher-orders/${order.json().id}`, theirs)).statusCode).toBe(404);
    expect((await get("/v1/voucher-orders", theirs)).json().items).toEqual([]);
    expect((await get(`/v1/clients/${clientId}/voucher-terms`, theirs)).statusCode).toBe(404);
  });
});
