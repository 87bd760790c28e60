import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createTestDatabase, type TestDatabase } from "../src/index.ts";
import { seedTraining } from "../src/seed/training.ts";

// The demo step looks things up by name and must not fail on a tenant without them.
const config = loadConfig();
let tdb: TestDatabase;
let sql: postgres.Sql;
const log = () => {};

async function tenant(slug: string): Promise<string> {
  const id = randomUUID();
  await sql`INSERT INTO tenants (id, slug, name) VALUES (${id}, ${slug}, ${slug})`;
  await sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${id}, ${randomUUID()}, ${`b@${slug}.be`}, 'Bram', 'consultant', 'x')`;
  return id;
}

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  sql = postgres(tdb.ownerUrl, { max: 2, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await tdb?.drop();
});

describe("seed step: training and zitdagen", () => {
  it("skips gracefully when the Gent registries are missing", async () => {
    const id = await tenant("bare");
    await seedTraining({ sql, tenantId: id, log });
    const [n] =
      await sql`SELECT (SELECT count(*) FROM trainings WHERE tenant_id = ${id})::int AS t, (SELECT count(*) FROM office_hours WHERE tenant_id = ${id})::int AS o`;
    expect(n).toEqual({ t: 0, o: 0 });
  });

  it("with Rabot, Brugse Poort and the skill: a training next week and two zitdagen with appointments on real slots", async () => {
    const id = await tenant("gent");
    const m = randomUUID();
    await sql`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES (${id}, ${m}, 'Gent', '44021')`;
    for (const name of ["Rabot - Blaisantvest", "Brugse Poort - Rooigem"]) {
      await sql`INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES (${id}, ${randomUUID()}, ${m}, ${name}, 51.06, 3.71)`;
    }
    await sql`INSERT INTO skills (tenant_id, id, name) VALUES (${id}, ${randomUUID()}, 'Tuinonderhoud')`;
    await seedTraining({ sql, tenantId: id, log });
    await seedTraining({ sql, tenantId: id, log }); // running twice adds nothing

    const sessions = await sql`
      SELECT to_char(s.starts_at AT TIME ZONE 'Europe/Brussels', 'HH24:MI') AS local, (s.starts_at::date - current_date) AS days
        FROM training_sessions s JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
       WHERE s.tenant_id = ${id} AND t.name = 'Tuinonderhoud (korte opleiding)'`;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.local).toBe("09:30");
    expect(Number(sessions[0]!.days)).toBeGreaterThanOrEqual(6);
    expect(Number(sessions[0]!.days)).toBeLessThanOrEqual(13);

    const oh = await sql`
      SELECT n.name, o.start_time::text AS st, o.slot_minutes,
             array_agg(to_char(a.starts_at AT TIME ZONE 'Europe/Brussels', 'HH24:MI') ORDER BY a.starts_at) FILTER (WHERE a.kind = 'booked') AS booked,
             count(*) FILTER (WHERE a.kind = 'walk_in')::int AS walk_ins
        FROM office_hours o JOIN neighbourhoods n ON n.tenant_id = o.tenant_id AND n.id = o.neighbourhood_id
        LEFT JOIN appointments a ON a.tenant_id = o.tenant_id AND a.office_hours_id = o.id
       WHERE o.tenant_id = ${id} GROUP BY n.name, o.start_time, o.slot_minutes ORDER BY n.name`;
    expect(oh).toEqual([
      { name: "Brugse Poort - Rooigem", st: "13:30:00", slot_minutes: 20, booked: ["13:30", "14:10"], walk_ins: 1 },
      { name: "Rabot - Blaisantvest", st: "09:00:00", slot_minutes: 20, booked: ["09:00", "09:40"], walk_ins: 1 },
    ]);
  });
});
