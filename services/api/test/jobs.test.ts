import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let consultant: string;
let clientId: string;

const job = (over: Record<string, unknown> = {}) => ({
  clientId,
  activityCode: "accompany.company",
  description: "Gezelschap op dinsdag",
  estimatedMinutes: 120,
  window: { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T11:00:00+01:00" },
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  clientId = await addClient(t, geo);
});
afterAll(async () => t?.close());

describe("POST /v1/jobs", () => {
  it("creates an open job in the client's neighbourhood, with an audit row", async () => {
    const res = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(consultant), payload: job() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ clientId, status: "open", neighbourhoodId: geo.centrum, estimatedMinutes: 120, parentJobId: null, occurrences: [] });
    expect(body.window.from).toBe("2027-03-16T09:00:00+01:00");
    const [audit] = await t.owner.sql`SELECT action FROM audit_log WHERE entity = 'job' AND entity_id = ${body.id}`;
    expect(audit?.action).toBe("create");
  });

  it("RULES §3/§6: an activity the municipality does not allow for this client type is 422 job.activity_not_allowed", async () => {
    const res = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(consultant), payload: job({ activityCode: "repairs.tiling" }) });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("job.activity_not_allowed");
  });

  it("RULES §3: a client without an agreement on that date is 409 client.no_active_agreement", async () => {
    const noAgreement = await addClient(t, geo, { agreement: null });
    const res = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(consultant), payload: job({ clientId: noAgreement }) });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("client.no_active_agreement");
    const late = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ window: { from: "2028-02-01T09:00:00+01:00", to: "2028-02-01T11:00:00+01:00" } }),
    });
    expect(late.json().code).toBe("client.no_active_agreement");
  });

  it("RULES §3: a series that runs past the yearly agreement is refused whole, naming the first date without one", async () => {
    const before = await t.owner.sql`SELECT count(*)::int AS n FROM jobs`;
    const series = job({
      window: { from: "2027-12-07T09:00:00+01:00", to: "2027-12-07T11:00:00+01:00" },
      recurrence: { rrule: "FREQ=WEEKLY", until: "2028-01-25" },
    });
    const res = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(consultant), payload: series });
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body).toMatchObject({ code: "client.no_active_agreement", firstDateWithoutAgreement: "2028-01-04", suggestedUntil: "2027-12-28" });
    expect(body.detail).toContain("dinsdag 4 januari 2028");
    expect(body.detail).toContain("ten laatste op dinsdag 28 december 2027");
    expect(body.errors).toEqual([{ path: "recurrence.until", message: expect.stringContaining("dinsdag 4 januari 2028") }]);
    // Nothing half-written: not even the occurrences that the agreement does cover.
    const after = await t.owner.sql`SELECT count(*)::int AS n FROM jobs`;
    expect(after[0]?.n).toBe(before[0]?.n);
    // The client asking for itself gets the same answer.
    const own = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(tokenFor(t, gent.tenantId, "client", clientId)), payload: series });
    expect(own.json()).toMatchObject({ code: "client.no_active_agreement", firstDateWithoutAgreement: "2028-01-04" });
    // The suggested end date works as it is.
    const shorter = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: { ...series, recurrence: { rrule: "FREQ=WEEKLY", until: body.suggestedUntil } },
    });
    expect(shorter.statusCode).toBe(201);
    expect(shorter.json().occurrences).toHaveLength(3);
  });

  it("RULES §3: a renewal that follows the agreement covers the rest of the series; a gap between them does not", async () => {
    const renewed = await addClient(t, geo);
    const [client] = await t.owner.sql`SELECT client_number FROM clients WHERE id = ${renewed}`;
    await t.owner.sql`
      INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference, fee_paid_on)
      VALUES (${gent.tenantId}, gen_random_uuid(), ${renewed}, '2028-01-01', '2028-12-31', 750, ${`+++000/0001/${String(client!.client_number).padStart(5, "0")}+++`}, '2027-11-30')`;
    const series = job({
      clientId: renewed,
      window: { from: "2027-12-07T09:00:00+01:00", to: "2027-12-07T11:00:00+01:00" },
      recurrence: { rrule: "FREQ=WEEKLY", until: "2028-01-25" },
    });
    const res = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(consultant), payload: series });
    expect(res.statusCode).toBe(201);
    expect(res.json().occurrences).toHaveLength(7);

    const gap = await addClient(t, geo);
    const [g] = await t.owner.sql`SELECT client_number FROM clients WHERE id = ${gap}`;
    await t.owner.sql`
      INSERT INTO client_agreements (tenant_id, id, client_id, start_date, end_date, fee_cents, payment_reference, fee_paid_on)
      VALUES (${gent.tenantId}, gen_random_uuid(), ${gap}, '2028-01-15', '2029-01-14', 750, ${`+++000/0001/${String(g!.client_number).padStart(5, "0")}+++`}, '2027-11-30')`;
    const refused = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(consultant), payload: { ...series, clientId: gap } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ firstDateWithoutAgreement: "2028-01-04", suggestedUntil: "2027-12-28" });
  });

  it("RULES §3: work that runs past midnight into a day without agreement is refused too", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ estimatedMinutes: 120, window: { from: "2027-12-31T22:00:00+01:00", to: "2028-01-01T02:00:00+01:00" } }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "client.no_active_agreement", firstDateWithoutAgreement: "2028-01-01" });
    expect(res.json().detail).toContain("zaterdag 1 januari 2028");
  });

  it("a recurrence every 2 weeks keeps 09:00 Brussels across the DST change", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ recurrence: { rrule: "FREQ=WEEKLY;INTERVAL=2", until: "2027-04-30" } }),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.window.from).toBe("2027-03-16T09:00:00+01:00");
    expect(body.recurrence).toEqual({ rrule: "FREQ=WEEKLY;INTERVAL=2", until: "2027-04-30" });
    expect(body.occurrences.map((o: { window: { from: string } }) => o.window.from)).toEqual([
      "2027-03-30T09:00:00+02:00",
      "2027-04-13T09:00:00+02:00",
      "2027-04-27T09:00:00+02:00",
    ]);
    const rows = await t.owner.sql`SELECT count(*)::int AS n FROM jobs WHERE parent_job_id = ${body.id}`;
    expect(rows[0]?.n).toBe(3);
    const detail = await t.app.inject({ url: `/v1/jobs/${body.id}`, headers: bearer(consultant) });
    expect(detail.json().occurrences).toHaveLength(3);
  });

  it("a recurrence giving more than 104 occurrences is 422 and writes nothing", async () => {
    const before = await t.owner.sql`SELECT count(*)::int AS n FROM jobs`;
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ recurrence: { rrule: "FREQ=DAILY", until: "2027-12-31" } }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("job.too_many_occurrences");
    const after = await t.owner.sql`SELECT count(*)::int AS n FROM jobs`;
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("bad input is 422 with field paths", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: { ...job(), estimatedMinutes: -5, window: { from: "dinsdag", to: "2027-03-16T11:00:00+01:00" }, extra: 1 },
    });
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["estimatedMinutes", "window.from"]));
    const rrule = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ recurrence: { rrule: "FREQ=HOURLY", until: "2027-04-30" } }),
    });
    expect(rrule.statusCode).toBe(422);
    expect(rrule.json().errors[0].path).toBe("recurrence.rrule");
    const backwards = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ window: { from: "2027-03-16T11:00:00+01:00", to: "2027-03-16T09:00:00+01:00" } }),
    });
    expect(backwards.statusCode).toBe(422);
    // RFC 3339 allows a space instead of "T"; the ISO parser behind the rules does not: 422, never 500.
    const spaced = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ window: { from: "2027-03-16 09:00:00Z", to: "2027-03-16T11:00:00+01:00" } }),
    });
    expect(spaced.statusCode).toBe(422);
    expect(spaced.json().errors.map((e: { path: string }) => e.path)).toEqual(["window.from"]);
  });

  it("a client may create a job for itself only; a worker may not create jobs", async () => {
    const own = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(tokenFor(t, gent.tenantId, "client", clientId)), payload: job() });
    expect(own.statusCode).toBe(201);
    const other = await addClient(t, geo);
    const foreign = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(tokenFor(t, gent.tenantId, "client", clientId)),
      payload: job({ clientId: other }),
    });
    expect(foreign.statusCode).toBe(403);
    const worker = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(tokenFor(t, gent.tenantId, "worker")), payload: job() });
    expect(worker.statusCode).toBe(403);
    const finance = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(tokenFor(t, gent.tenantId, "finance")), payload: job() });
    expect(finance.statusCode).toBe(403);
  });
});

describe("GET /v1/jobs", () => {
  it("lists with status and neighbourhood filters and pages with a cursor", async () => {
    const all = await t.app.inject({ url: "/v1/jobs?status=open&limit=2", headers: bearer(consultant) });
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(2);
    const next = await t.app.inject({ url: `/v1/jobs?status=open&limit=2&cursor=${all.json().nextCursor}`, headers: bearer(consultant) });
    const ids = new Set([...all.json().items, ...next.json().items].map((j: { id: string }) => j.id));
    expect(ids.size).toBe(all.json().items.length + next.json().items.length);
    const elsewhere = await t.app.inject({ url: `/v1/jobs?neighbourhoodId=${geo.verweg}`, headers: bearer(consultant) });
    expect(elsewhere.json().items).toEqual([]);
    const done = await t.app.inject({ url: "/v1/jobs?status=done", headers: bearer(consultant) });
    expect(done.json().items).toEqual([]);
  });

  it("a client sees only its own jobs", async () => {
    const other = await addClient(t, geo);
    const res = await t.app.inject({ url: "/v1/jobs", headers: bearer(tokenFor(t, gent.tenantId, "client", other)) });
    expect(res.json().items).toEqual([]);
    const mine = await t.app.inject({ url: "/v1/jobs", headers: bearer(tokenFor(t, gent.tenantId, "client", clientId)) });
    expect(mine.json().items.length).toBeGreaterThan(0);
    const one = mine.json().items[0].id;
    const hidden = await t.app.inject({ url: `/v1/jobs/${one}`, headers: bearer(tokenFor(t, gent.tenantId, "client", other)) });
    expect(hidden.statusCode).toBe(404);
  });

  it("another tenant's job is 404 and absent from its lists", async () => {
    const mine = await t.app.inject({ url: "/v1/jobs", headers: bearer(consultant) });
    const id = mine.json().items[0].id;
    const res = await t.app.inject({ url: `/v1/jobs/${id}`, headers: bearer(aalst.token) });
    expect(res.statusCode).toBe(404);
    const list = await t.app.inject({ url: "/v1/jobs", headers: bearer(aalst.token) });
    expect(list.json().items).toEqual([]);
    const create = await t.app.inject({ method: "POST", url: "/v1/jobs", headers: bearer(aalst.token), payload: job() });
    expect(create.statusCode).toBe(404);
  });
});

describe("GET /v1/jobs?q=&clientId= (issue 16: find a klus)", () => {
  it("finds a job by part of its description or of its client's name, treats % as a letter, and filters by client", async () => {
    const other = await addClient(t, geo);
    const [row] = await t.owner.sql<{ name: string }[]>`SELECT name FROM clients WHERE id = ${other}`;
    const name = row!.name;
    const mine = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ description: "Haag snoeien 100% netjes" }),
    });
    const theirs = await t.app.inject({
      method: "POST",
      url: "/v1/jobs",
      headers: bearer(consultant),
      payload: job({ clientId: other, description: "Boodschappen" }),
    });
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    const ids = async (query: string) =>
      (await t.app.inject({ url: `/v1/jobs?${query}`, headers: bearer(consultant) })).json().items.map((j: { id: string }) => j.id);
    expect(await ids("q=haag%20SNOEIEN")).toEqual([mine.json().id]);
    expect(await ids(`q=${encodeURIComponent(name)}`)).toEqual([theirs.json().id]);
    expect(await ids("q=100%25")).toEqual([mine.json().id]);
    expect(await ids("q=snoeien%25netjes")).toEqual([]); // a wildcard would have matched
    expect(await ids(`clientId=${other}`)).toEqual([theirs.json().id]);
    // Issue 16: the wijk's name finds the jobs in that wijk, and only those.
    const wijk = mine.json().neighbourhoodId as string;
    const [n] = await t.owner.sql<{ name: string }[]>`SELECT name FROM neighbourhoods WHERE id = ${wijk}`;
    const inWijk = (await t.app.inject({ url: `/v1/jobs?q=${encodeURIComponent(n!.name.toUpperCase())}&limit=100`, headers: bearer(consultant) })).json().items;
    expect(inWijk.map((j: { id: string }) => j.id)).toContain(mine.json().id);
    expect(inWijk.every((j: { neighbourhoodId: string }) => j.neighbourhoodId === wijk)).toBe(true);
    // Another organisation's consultant finds nothing of Gent's.
    const aalstConsultant = tokenFor(t, aalst.tenantId, "consultant");
    expect((await t.app.inject({ url: "/v1/jobs?q=haag", headers: bearer(aalstConsultant) })).json().items).toEqual([]);
  });
});
