import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { payloadProblem } from "@wijkwerk/queue";
import { expireProposals } from "../src/processors/assignments.ts";

// Issue "Jobs, explainable matching and cap-safe assignments": unanswered proposals expire, across tenants.
const config = loadConfig();
let tdb: TestDatabase;
let owner: Database;

interface Seeded {
  tenantId: string;
  workerId: string;
  jobId: string;
  clientId: string;
}

async function seedTenant(slug: string): Promise<Seeded> {
  const sql = owner.sql;
  const tenantId = randomUUID();
  const municipalityId = randomUUID();
  const nbh = randomUUID();
  const clientId = randomUUID();
  const workerId = randomUUID();
  const jobId = randomUUID();
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${tenantId}, ${slug}, ${slug})`;
  await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${tenantId}, ${municipalityId}, 'Gent', '44021')`;
  await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${tenantId}, ${nbh}, ${municipalityId}, 'Centrum', 51.05, 3.72)`;
  await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
            VALUES (${tenantId}, ${clientId}, 'private', 'Klant', 'Maria', 'Peeters', 'Kouter', '1', '9000', ${municipalityId}, ${nbh}, 1)`;
  await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
            VALUES (${tenantId}, ${workerId}, 'Ahmed', 'Janssens', '85073003328', '+32470123456', 'nl', 'Dok', '2', '9000', ${municipalityId}, ${nbh}, 'BE68539007547034', 'vdab')`;
  await sql`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
            VALUES (${tenantId}, ${jobId}, ${clientId}, 'accompany.company', 'Klus', 60, '2027-03-16T08:00:00Z', '2027-03-16T11:00:00Z', ${nbh}, 'consultant', 'x')`;
  return { tenantId, workerId, jobId, clientId };
}

async function addAssignment(s: Seeded, hour: number, status: string, expiresAt: string): Promise<string> {
  const id = randomUUID();
  await owner.sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, expires_at, created_by_id)
                  VALUES (${s.tenantId}, ${id}, ${s.jobId}, ${s.workerId}, ${s.clientId}, ${`2027-03-16T${String(hour).padStart(2, "0")}:00:00Z`},
                          ${`2027-03-16T${String(hour).padStart(2, "0")}:30:00Z`}, ${status}, ${expiresAt}, 'x')`;
  await owner.sql`INSERT INTO assignment_response_tokens (tenant_id, id, assignment_id, worker_id, expires_at) VALUES (${s.tenantId}, ${randomUUID()}, ${id}, ${s.workerId}, ${expiresAt})`;
  return id;
}

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 3 });
});
afterAll(async () => {
  await owner?.close();
  await tdb?.drop();
});

describe("assignments.expire sweep", () => {
  it("expires overdue proposals of every tenant once, tells the consultant via the outbox, leaves the rest alone", async () => {
    const gent = await seedTenant("gent");
    const aalst = await seedTenant("aalst");
    const past = new Date(Date.now() - 60_000).toISOString();
    const future = new Date(Date.now() + 3600_000).toISOString();
    const overdueGent = await addAssignment(gent, 8, "proposed", past);
    const overdueAalst = await addAssignment(aalst, 8, "proposed", past);
    const pending = await addAssignment(gent, 9, "proposed", future);
    const accepted = await addAssignment(gent, 10, "accepted", past);

    expect(await expireProposals(owner)).toEqual({ expired: 2 });
    const rows = await owner.sql<{ id: string; status: string }[]>`SELECT id, status FROM assignments`;
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({ [overdueGent]: "expired", [overdueAalst]: "expired", [pending]: "proposed", [accepted]: "accepted" });

    const msgs = await owner.sql<
      { tenant_id: string; topic: string; payload: Record<string, unknown> }[]
    >`SELECT tenant_id, topic, payload FROM outbox ORDER BY payload->>'assignmentId'`;
    expect(msgs.map((m) => [m.tenant_id, m.topic, m.payload.assignmentId]).sort()).toEqual(
      [
        [gent.tenantId, "events/assignment.expired", overdueGent],
        [aalst.tenantId, "events/assignment.expired", overdueAalst],
      ].sort(),
    );
    expect(msgs.every((m) => m.payload.tenantId === m.tenant_id)).toBe(true);
    // Written in SQL, so the type system cannot check it: the schema the worker validates with does.
    expect(msgs.map((m) => payloadProblem("events/assignment.expired", m.payload))).toEqual([undefined, undefined]);
    const tokens = await owner.sql<
      { assignment_id: string; used: boolean }[]
    >`SELECT assignment_id, used_at IS NOT NULL AS used FROM assignment_response_tokens`;
    expect(Object.fromEntries(tokens.map((t) => [t.assignment_id, t.used]))).toEqual({
      [overdueGent]: true,
      [overdueAalst]: true,
      [pending]: false,
      [accepted]: false,
    });
    const audits = await owner.sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'expire'`;
    expect(audits[0]?.n).toBe(2);

    // Idempotent: a second run finds nothing new.
    expect(await expireProposals(owner)).toEqual({ expired: 0 });
    const again = await owner.sql`SELECT count(*)::int AS n FROM outbox`;
    expect(again[0]?.n).toBe(2);

    // Later, the other proposal runs out too.
    expect(await expireProposals(owner, new Date(Date.now() + 2 * 3600_000))).toEqual({ expired: 1 });
  });
});
