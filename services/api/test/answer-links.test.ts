import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, orderJob, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 17, "one tap from an SMS": the short answer link /j/<code>, its API, guessing and tenants.
let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;
let geoB: Geo;
let ipSeq = 10;
/** Every test its own address: the guessing limit counts per address. */
const nextIp = () => `10.9.0.${ipSeq++}`;

async function proposal(g: Geo = geo, window = { from: "2027-03-16T09:00:00+01:00", to: "2027-03-16T12:00:00+01:00" }) {
  const worker = await addWorker(t, g, { firstName: "Samira" });
  const client = await addClient(t, g);
  const job = await orderJob(t, g, client, { activityCode: "accompany.company", window });
  const res = await t.app.inject({
    method: "POST",
    url: `/v1/jobs/${job}/assignments`,
    headers: bearer(tokenFor(t, g.tenantId, "consultant")),
    payload: { workerId: worker, startsAt: window.from, endsAt: "2027-03-16T11:00:00+01:00" },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  const id = res.json().id as string;
  const [msg] = await t.owner.sql<{ payload: { shortUrl: string } }[]>`
    SELECT payload FROM outbox WHERE topic = 'events/assignment.proposed' AND payload->>'assignmentId' = ${id}`;
  const url = msg!.payload.shortUrl;
  return { id, worker, client, job, url, code: url.split("/j/")[1]! };
}

const get = (code: string, ip = nextIp()) => t.app.inject({ method: "GET", url: `/v1/answer-links/${code}`, remoteAddress: ip });
const respond = (code: string, payload: object, ip = nextIp()) =>
  t.app.inject({ method: "POST", url: `/v1/answer-links/${code}/respond`, payload, remoteAddress: ip });
const undo = (code: string, ip = nextIp()) => t.app.inject({ method: "POST", url: `/v1/answer-links/${code}/undo`, remoteAddress: ip });

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_WEB_URL: "https://gent.wijkwerk.be" });
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
  geoB = await createGeo(t, aalst.tenantId);
});
afterAll(async () => t?.close());

describe("the short answer link (issue 17)", () => {
  it("the proposal carries https://<web>/j/<8 characters>; only its SHA-256 is stored; the mail and the SMS get the same link", async () => {
    const p = await proposal();
    expect(p.url).toMatch(/^https:\/\/gent\.wijkwerk\.be\/j\/[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
    const [row] = await t.owner.sql<{ code_hash: Buffer }[]>`SELECT code_hash FROM assignment_response_tokens WHERE assignment_id = ${p.id}`;
    expect(row!.code_hash).toHaveLength(32);
    expect(row!.code_hash.toString("utf8")).not.toContain(p.code);
  });

  it("GET shows what, where (street, number, wijk, municipality), for whom (first name only), when, how long, by when, and the state open", async () => {
    const p = await proposal();
    const res = await get(p.code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      assignmentId: p.id,
      state: "open",
      activity: { code: "accompany.company" },
      address: { street: "Kouter", number: "1", postalCode: "9000", neighbourhood: "Centrum", municipality: "Gent" },
      clientFirstName: "Maria",
      startsAt: "2027-03-16T09:00:00+01:00",
      endsAt: "2027-03-16T11:00:00+01:00",
      minutes: 120,
      undoUntil: null,
      language: "nl",
    });
    expect(res.json().respondBy).toBeTruthy();
    expect(JSON.stringify(res.json())).not.toContain("Peeters");
    // Lower case as typed works too.
    expect((await get(p.code.toLowerCase())).json().assignmentId).toBe(p.id);
  });

  it("accepts once without signing in: accepted in the API, the link used (409 answer_link.used), the state shows accepted", async () => {
    const p = await proposal();
    const res = await respond(p.code, { response: "accept" });
    expect(res.statusCode).toBe(200);
    expect(res.json().state).toBe("accepted");
    const [a] = await t.owner.sql`SELECT status FROM assignments WHERE id = ${p.id}`;
    expect(a?.status).toBe("accepted");
    const again = await respond(p.code, { response: "decline" });
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(again.json().code).toBe("answer_link.used");
    expect((await get(p.code)).json().state).toBe("accepted");
  });

  it("an expired link: 410 answer_link.expired; GET says expired", async () => {
    const p = await proposal();
    await t.owner.sql`UPDATE assignments SET expires_at = now() - interval '1 minute' WHERE id = ${p.id}`;
    await t.owner.sql`UPDATE assignment_response_tokens SET expires_at = now() - interval '1 minute' WHERE assignment_id = ${p.id}`;
    expect((await get(p.code)).json().state).toBe("expired");
    const res = await respond(p.code, { response: "accept" });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe("answer_link.expired");
  });

  it("taken by someone else: state taken, accepting is 409 assignment.job_already_taken", async () => {
    const p = await proposal();
    const other = await addWorker(t, geo);
    const second = await t.app.inject({
      method: "POST",
      url: `/v1/jobs/${p.job}/assignments`,
      headers: bearer(tokenFor(t, geo.tenantId, "consultant")),
      payload: { workerId: other, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T11:00:00+01:00" },
    });
    const [msg] = await t.owner.sql<{ payload: { shortUrl: string } }[]>`
      SELECT payload FROM outbox WHERE topic = 'events/assignment.proposed' AND payload->>'assignmentId' = ${second.json().id}`;
    const otherCode = msg!.payload.shortUrl.split("/j/")[1]!;
    expect((await respond(otherCode, { response: "accept" })).statusCode).toBe(200);
    expect((await get(p.code)).json().state).toBe("taken");
    const res = await respond(p.code, { response: "accept" });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("assignment.job_already_taken");
  });

  it("a wrong code is 404 answer_link.unknown; guessing from one address is 429 answer_link.rate_limited with Retry-After, other addresses go on", async () => {
    const p = await proposal();
    const ip = nextIp();
    for (let i = 0; i < 5; i++) {
      const res = await get(i % 2 ? "ZZZZZZZZ" : "not-a-code", ip);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe("answer_link.unknown");
    }
    const blocked = await get(p.code, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(blocked.json().code).toBe("answer_link.rate_limited");
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect((await respond(p.code, { response: "accept" }, ip)).statusCode).toBe(429);
    expect((await get(p.code, nextIp())).statusCode).toBe(200);
  });

  it("tenants: each code opens its own tenant's proposal; the app role cannot read another tenant's link rows; a worker token of one tenant cannot undo in another", async () => {
    const a = await proposal(geo);
    const b = await proposal(geoB);
    expect((await get(a.code)).json().assignmentId).toBe(a.id);
    expect((await get(b.code)).json().assignmentId).toBe(b.id);
    const seen = await t.database.withTenant(aalst.tenantId, (tx) =>
      tx.execute<{ n: number }>(`SELECT count(*)::int AS n FROM assignment_response_tokens WHERE assignment_id = '${a.id}'` as never),
    );
    expect(seen[0]!.n).toBe(0);
    expect((await respond(b.code, { response: "decline" })).statusCode).toBe(200);
    const foreign = await t.app.inject({
      method: "POST",
      url: `/v1/assignments/${b.id}/undo-decline`,
      headers: bearer(tokenFor(t, gent.tenantId, "worker", a.worker)),
    });
    expect(foreign.statusCode).toBe(404);
    const [stillA] = await t.owner.sql`SELECT status FROM assignments WHERE id = ${a.id}`;
    expect(stillA?.status).toBe("proposed");
  });
});

describe("decline with a reason, undo for 10 minutes (issue 17)", () => {
  it("declines with a reason; the consultant's notice waits 10 minutes; undo opens the proposal and the link again", async () => {
    const p = await proposal();
    const res = await respond(p.code, { response: "decline", reason: "Ik ben ziek" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: "declined", reason: "Ik ben ziek" });
    const until = Date.parse(res.json().undoUntil);
    expect(until - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const [notice] = await t.owner.sql<{ available_at: Date; payload: { declinedAt: string } }[]>`
      SELECT available_at, payload FROM outbox WHERE topic = 'events/assignment.declined' AND payload->>'assignmentId' = ${p.id}`;
    expect(new Date(notice!.available_at).getTime() - Date.parse(notice!.payload.declinedAt)).toBe(10 * 60_000);
    const undone = await undo(p.code);
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ state: "open", reason: null, undoUntil: null });
    expect((await respond(p.code, { response: "accept" })).json().state).toBe("accepted");
  });

  it("after 10 minutes: 409 assignment.undo_expired; not declined: 409 assignment.not_declined", async () => {
    const p = await proposal();
    expect((await undo(p.code)).json().code).toBe("assignment.not_declined");
    await respond(p.code, { response: "decline" });
    await t.owner.sql`UPDATE assignments SET responded_at = now() - interval '10 minutes 1 second' WHERE id = ${p.id}`;
    const res = await undo(p.code);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("assignment.undo_expired");
  });

  it("the job taken meanwhile: 409 assignment.job_already_taken; the worker's own undo (signed in) works like the link's", async () => {
    const p = await proposal();
    const other = await addWorker(t, geo);
    const second = await t.app.inject({
      method: "POST",
      url: `/v1/jobs/${p.job}/assignments`,
      headers: bearer(tokenFor(t, geo.tenantId, "consultant")),
      payload: { workerId: other, startsAt: "2027-03-16T09:00:00+01:00", endsAt: "2027-03-16T11:00:00+01:00" },
    });
    const worker = bearer(tokenFor(t, geo.tenantId, "worker", p.worker));
    const declined = await t.app.inject({ method: "POST", url: `/v1/assignments/${p.id}/respond`, headers: worker, payload: { response: "decline" } });
    expect(declined.json().status).toBe("declined");
    const otherAnswer = await t.app.inject({
      method: "POST",
      url: `/v1/assignments/${second.json().id}/respond`,
      headers: bearer(tokenFor(t, geo.tenantId, "worker", other)),
      payload: { response: "accept" },
    });
    expect(otherAnswer.statusCode).toBe(200);
    const res = await t.app.inject({ method: "POST", url: `/v1/assignments/${p.id}/undo-decline`, headers: worker });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("assignment.job_already_taken");
  });

  it("GET /v1/assignments gives a worker the details of each own assignment (what, where, first name, travel km)", async () => {
    const p = await proposal();
    const res = await t.app.inject({ url: "/v1/assignments", headers: bearer(tokenFor(t, geo.tenantId, "worker", p.worker)) });
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { id: string }) => i.id === p.id);
    expect(item.details).toMatchObject({ state: "open", clientFirstName: "Maria", address: { street: "Kouter", neighbourhood: "Centrum" } });
    expect(item.details.travel).toMatchObject({ counts: false, allowanceCents: 0 });
    const staff = await t.app.inject({ url: `/v1/assignments?workerId=${p.worker}`, headers: bearer(tokenFor(t, geo.tenantId, "consultant")) });
    expect(staff.json().items[0].details).toBeUndefined();
  });
});
