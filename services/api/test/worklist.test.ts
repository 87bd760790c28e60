import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, addWorker, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let aalst: TenantLogin;
let geo: Geo;

const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
const inDays = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  aalst = await createTenant(t, "aalst");
  geo = await createGeo(t, gent.tenantId);
});
afterAll(async () => t?.close());

describe("GET /v1/worklist (issue 16: the consultant's 'Te doen')", () => {
  it("lists disputed hours, hours waiting for cheques, an unpaid fee, an agreement ending without a next one and an incomplete worker; never another tenant's", async () => {
    const sql = t.owner.sql;
    const client = await addClient(t, geo, { agreement: { start: today, end: inDays(300) }, feePaid: false });
    const complete = await addWorker(t, geo, {
      agreement: { start: inDays(-300), end: inDays(10) },
      skills: [geo.tuinonderhoudSkillId],
      activityCodes: ["garden.hedges"],
    });
    const renewed = await addWorker(t, geo, {
      agreement: { start: inDays(-300), end: inDays(12) },
      skills: [geo.tuinonderhoudSkillId],
      activityCodes: ["garden.hedges"],
    });
    await sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) VALUES (${gent.tenantId}, ${randomUUID()}, ${renewed}, ${inDays(13)}, ${inDays(200)})`;
    const bare = await addWorker(t, geo, { availability: [] });
    const jobId = randomUUID();
    await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, status, created_by_type, created_by_id)
              VALUES (${gent.tenantId}, ${jobId}, ${client}, 'accompany.company', 'Boodschappen', 60, ${`${today}T08:00:00+01:00`}, ${`${today}T10:00:00+01:00`}, ${geo.centrum}, 'assigned', 'consultant', 'fixture')`;
    for (const [status, from] of [
      ["disputed", "08:00"],
      ["awaiting_vouchers", "09:00"],
    ] as const) {
      const assignment = randomUUID();
      await sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
                VALUES (${gent.tenantId}, ${assignment}, ${jobId}, ${complete}, ${client}, ${`${today}T${from}:00+01:00`}, ${`${today}T${from.replace(":00", ":50")}:00+01:00`}, 'accepted', 'fixture')`;
      await sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, dispute_reason, submitted_by_type, submitted_by_id)
                VALUES (${gent.tenantId}, ${randomUUID()}, ${assignment}, ${complete}, ${client}, ${today}, 50, 1, ${status}, ${status === "disputed" ? "Te lang" : null}, 'worker', ${complete})`;
    }
    const res = await t.app.inject({ url: "/v1/worklist", headers: bearer(tokenFor(t, gent.tenantId, "consultant")) });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.disputedEntries).toMatchObject({ total: 1, items: [{ clientId: client, workerId: complete, minutes: 50, reason: "Te lang" }] });
    expect(w.awaitingVouchers).toMatchObject({ total: 1, items: [{ clientId: client, vouchers: 1 }] });
    expect(w.unpaidFees.items.map((f: { clientId: string }) => f.clientId)).toEqual([client]);
    expect(w.endingAgreements.items.map((a: { workerId: string }) => a.workerId)).toEqual([complete]);
    const incomplete = w.incompleteWorkers.items as { id: string; noAvailability: boolean }[];
    expect(incomplete.find((x) => x.id === bare)).toMatchObject({ noAvailability: true });
    expect(incomplete.find((x) => x.id === complete)).toBeUndefined();

    const other = (await t.app.inject({ url: "/v1/worklist", headers: bearer(tokenFor(t, aalst.tenantId, "consultant")) })).json();
    expect([other.disputedEntries.total, other.unpaidFees.total, other.incompleteWorkers.total]).toEqual([0, 0, 0]);
    expect((await t.app.inject({ url: "/v1/worklist", headers: bearer(tokenFor(t, gent.tenantId, "finance")) })).statusCode).toBe(403);
  });
});
