import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, pgError, type Database, type TestDatabase } from "../src/index.ts";

/**
 * Migration 0017 keeps per-worker copies by trigger: minutes per Brussels month (RULES §1 caps)
 * and the matching profile. Whatever the application does to assignments, time entries and the
 * registries, the copies must equal a recomputation from the source tables.
 */
const config = loadConfig();
let tdb: TestDatabase;
let app: Database;
let owner: Database;
const tenantId = randomUUID();
const workers = [randomUUID(), randomUUID(), randomUUID()];
/** Not touched by the random sequences, so the concurrency test starts from nothing. */
const quietWorker = randomUUID();
const ids = { municipality: randomUUID(), neighbourhood: randomUUID(), client: randomUUID(), job: randomUUID(), skill: randomUUID() };

const run = (statement: string) => app.withTenant(tenantId, (tx) => tx.execute(statement as never));

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  app = createDatabase(tdb.appUrl, { max: 8 });
  owner = createDatabase(tdb.ownerUrl, { max: 2 });
  await app.withTenant(tenantId, async (tx) => {
    const q = (s: string) => tx.execute(s as never);
    await q(`INSERT INTO tenants (id, slug, name) VALUES ('${tenantId}', 'minutes', 'Minutes')`);
    await q(`INSERT INTO municipalities (tenant_id, id, name, nis_code) VALUES ('${tenantId}', '${ids.municipality}', 'Gent', '44021')`);
    await q(
      `INSERT INTO neighbourhoods (tenant_id, id, municipality_id, name, lat, lon) VALUES ('${tenantId}', '${ids.neighbourhood}', '${ids.municipality}', 'Muide', 51.07, 3.73)`,
    );
    await q(`INSERT INTO skills (tenant_id, id, name) VALUES ('${tenantId}', '${ids.skill}', 'Tuinonderhoud')`);
    await q(`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number)
             VALUES ('${tenantId}', '${ids.client}', 'private', 'Els', 'Els', 'Claes', 'Dok', '2', '9000', '${ids.municipality}', '${ids.neighbourhood}', 1)`);
    await q(`INSERT INTO jobs (tenant_id, id, client_id, activity_code, description, estimated_minutes, window_from, window_to, neighbourhood_id, created_by_type, created_by_id)
             VALUES ('${tenantId}', '${ids.job}', '${ids.client}', 'garden.mowing', 'Gras', 60, '2026-01-01T08:00:00Z', '2026-12-31T08:00:00Z', '${ids.neighbourhood}', 'consultant', 'test')`);
    for (const [i, w] of [...workers, quietWorker].entries()) {
      await q(`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
               VALUES ('${tenantId}', '${w}', 'W', 'W${i}', '8000000000${i}', '+3247000000${i}', 'nl', 'Dok', '1', '9000', '${ids.municipality}', '${ids.neighbourhood}', 'BE71096123456769', 'vdab')`);
    }
  });
});
afterAll(async () => {
  await Promise.allSettled([app?.close(), owner?.close()]);
  await tdb?.drop();
});

async function minutesDrift(): Promise<unknown[]> {
  return [...(await owner.sql`SELECT * FROM app_worker_minutes_drift(${tenantId})`)];
}
async function profileDrift(): Promise<unknown[]> {
  return [...(await owner.sql`SELECT * FROM app_worker_profile_drift(${tenantId})`)];
}

// Slots 30 minutes apart from 29 March 2026 (the night clocks go forward) to mid-May, many on the
// last evening of a month, so the Brussels month and the UTC month of starts_at differ.
const SLOT_STARTS = Array.from({ length: 40 }, (_, k) => {
  const day = ["2026-03-29", "2026-03-31", "2026-04-01", "2026-04-30", "2026-05-01", "2026-05-14", "2026-10-25", "2026-10-31"][k % 8]!;
  const hour = [8, 13, 22, 23][Math.floor(k / 8) % 4]!;
  return `${day} ${String(hour).padStart(2, "0")}:${k % 2 ? "30" : "00"}`;
});

type Op =
  | { kind: "assign"; worker: number; slot: number; minutes: number; status: "proposed" | "accepted" | "completed" }
  | { kind: "status"; pick: number; status: "proposed" | "accepted" | "declined" | "cancelled" | "expired" | "completed" }
  | { kind: "move"; pick: number; slot: number }
  | { kind: "enter"; pick: number; minutes: number; dayShift: number }
  | { kind: "cancelEntry"; pick: number }
  | { kind: "editEntry"; pick: number; minutes: number; dayShift: number }
  | { kind: "confirmEntry"; pick: number }
  | { kind: "deleteEntry"; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("assign" as const),
    worker: fc.nat(workers.length - 1),
    slot: fc.nat(SLOT_STARTS.length - 1),
    minutes: fc.integer({ min: 30, max: 240 }),
    status: fc.constantFrom("proposed" as const, "accepted" as const, "completed" as const),
  }),
  fc.record({
    kind: fc.constant("status" as const),
    pick: fc.nat(),
    status: fc.constantFrom("proposed" as const, "accepted" as const, "declined" as const, "cancelled" as const, "expired" as const, "completed" as const),
  }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), slot: fc.nat(SLOT_STARTS.length - 1) }),
  fc.record({ kind: fc.constant("enter" as const), pick: fc.nat(), minutes: fc.integer({ min: 1, max: 300 }), dayShift: fc.constantFrom(0, 0, 0, -1, 1, 31) }),
  fc.record({ kind: fc.constant("cancelEntry" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("editEntry" as const), pick: fc.nat(), minutes: fc.integer({ min: 1, max: 300 }), dayShift: fc.constantFrom(0, -1, 40) }),
  fc.record({ kind: fc.constant("confirmEntry" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("deleteEntry" as const), pick: fc.nat() }),
);

/** Applies one operation as the application would (its own tenant transaction); refused ones change nothing. */
async function apply(op: Op): Promise<void> {
  const pickOf = async (table: "assignments" | "time_entries", pick: number) => {
    const rows = await owner.sql.unsafe(`SELECT id FROM ${table} WHERE tenant_id = $1 ORDER BY created_at, id`, [tenantId]);
    return rows.length ? String(rows[pick % rows.length]!.id) : undefined;
  };
  try {
    switch (op.kind) {
      case "assign":
        await run(`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
          SELECT '${tenantId}', gen_random_uuid(), '${ids.job}', '${workers[op.worker]}', '${ids.client}', s, s + interval '${op.minutes} minutes', '${op.status}', 'test'
          FROM (SELECT '${SLOT_STARTS[op.slot]}'::timestamp AT TIME ZONE 'Europe/Brussels' AS s) x`);
        break;
      case "status": {
        const id = await pickOf("assignments", op.pick);
        if (id) await run(`UPDATE assignments SET status = '${op.status}' WHERE id = '${id}'`);
        break;
      }
      case "move": {
        const id = await pickOf("assignments", op.pick);
        if (id)
          await run(
            `UPDATE assignments SET starts_at = s, ends_at = s + (ends_at - starts_at) FROM (SELECT '${SLOT_STARTS[op.slot]}'::timestamp AT TIME ZONE 'Europe/Brussels' AS s) x WHERE id = '${id}'`,
          );
        break;
      }
      case "enter": {
        const id = await pickOf("assignments", op.pick);
        if (id) {
          await run(`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id)
            SELECT tenant_id, gen_random_uuid(), id, worker_id, client_id, (starts_at AT TIME ZONE 'Europe/Brussels')::date + ${op.dayShift}, ${op.minutes}, ceil(${op.minutes} / 60.0), 'worker', 'test'
            FROM assignments WHERE id = '${id}'`);
        }
        break;
      }
      case "cancelEntry":
      case "confirmEntry": {
        const id = await pickOf("time_entries", op.pick);
        if (id) await run(`UPDATE time_entries SET status = '${op.kind === "cancelEntry" ? "cancelled" : "confirmed"}' WHERE id = '${id}'`);
        break;
      }
      case "editEntry": {
        const id = await pickOf("time_entries", op.pick);
        if (id)
          await run(
            `UPDATE time_entries SET minutes = ${op.minutes}, vouchers = ceil(${op.minutes} / 60.0), work_date = work_date + ${op.dayShift} WHERE id = '${id}'`,
          );
        break;
      }
      case "deleteEntry": {
        // The application never deletes entries; the owner might, in a data repair.
        const id = await pickOf("time_entries", op.pick);
        if (id) await owner.sql`DELETE FROM time_entries WHERE id = ${id}`;
        break;
      }
    }
  } catch (err) {
    // Double booking (exclusion) or a second live entry for one assignment (unique): refused by
    // the database, nothing changed. Anything else, such as a copy going negative, is a failure.
    if (!["23P01", "23505"].includes(pgError(err)?.code ?? "")) throw err;
  }
}

describe("per-worker minutes per Brussels month (0017, RULES §1)", () => {
  it("equal a recomputation from entries and assignments after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const op of ops) await apply(op);
        expect(await minutesDrift()).toEqual([]);
      }),
      { numRuns: 25 },
    );
    const [filled] = await owner.sql<{ rows: number }[]>`SELECT count(*)::int AS rows FROM app_worker_minutes_stored(${tenantId})`;
    // Guards the property itself: the sequences did produce minutes to compare.
    expect(filled!.rows).toBeGreaterThan(3);
  }, 120_000);

  it("stay exact with 20 entries written at once for one worker", async () => {
    const worker = quietWorker;
    const created = await app.withTenant(tenantId, (tx) =>
      tx.execute(
        `INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
        SELECT '${tenantId}', gen_random_uuid(), '${ids.job}', '${worker}', '${ids.client}', s, s + interval '90 minutes', 'accepted', 'test'
        FROM generate_series(0, 19) d, LATERAL (SELECT ('2026-06-01'::date + d)::timestamp AT TIME ZONE 'Europe/Brussels' + interval '9 hours' AS s) x
        RETURNING id` as never,
      ),
    );
    await Promise.all(
      [...created].map((a) =>
        run(`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, submitted_by_type, submitted_by_id)
          SELECT tenant_id, gen_random_uuid(), id, worker_id, client_id, (starts_at AT TIME ZONE 'Europe/Brussels')::date, 75, 2, 'worker', 'test' FROM assignments WHERE id = '${(a as { id: string }).id}'`),
      ),
    );
    expect(await minutesDrift()).toEqual([]);
    const [june] = await app.withTenant(tenantId, (tx) => tx.execute(`SELECT * FROM app_worker_month_year_minutes('${worker}', '2026-06-15')` as never));
    expect(june).toMatchObject({ month_worked: 20 * 75, month_planned: 0 });
  });

  it("are read-only for the application role", async () => {
    const err = await run(`UPDATE worker_year_minutes SET worked_minutes[1] = 0`).catch((e: unknown) => e);
    expect(pgError(err)?.code).toBe("42501");
    const call = await run(`SELECT app_worker_minutes_add('${tenantId}', '${workers[0]}', '2026-06-01', -100, 0)`).catch((e: unknown) => e);
    expect(pgError(call)?.code).toBe("42501");
  });
});

describe("matching profile on the workers row (0017)", () => {
  it("follows availability, agreements, skills and activities, in bulk and row by row", async () => {
    const [w1, w2] = workers;
    await app.withTenant(tenantId, async (tx) => {
      const q = (s: string) => tx.execute(s as never);
      await q(`INSERT INTO worker_availability (tenant_id, worker_id, weekday, from_time, to_time) VALUES
        ('${tenantId}', '${w1}', 1, '08:00', '12:00'), ('${tenantId}', '${w1}', 1, '12:00', '16:00'), ('${tenantId}', '${w1}', 7, '20:00', '24:00'), ('${tenantId}', '${w2}', 3, '09:00', '11:30')`);
      await q(
        `INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) VALUES ('${tenantId}', gen_random_uuid(), '${w1}', '2026-01-01', '2026-06-30')`,
      );
      await q(
        `INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date, legacy_pwa, pwa_agreement_date) VALUES ('${tenantId}', gen_random_uuid(), '${w2}', '2017-01-01', NULL, true, '2016-05-01')`,
      );
      await q(`INSERT INTO worker_skills (tenant_id, worker_id, skill_id, obtained_on) VALUES ('${tenantId}', '${w1}', '${ids.skill}', '2026-01-10')`);
      await q(
        `INSERT INTO worker_activities (tenant_id, worker_id, activity_code) VALUES ('${tenantId}', '${w1}', 'garden.mowing'), ('${tenantId}', '${w1}', 'garden.hedges')`,
      );
    });
    const profile = async (w: string) =>
      (
        await owner.sql`SELECT match_availability::text AS a, match_agreements::text AS g, match_skill_ids::text[] AS s, match_activity_codes AS c FROM workers WHERE id = ${w}`
      )[0];
    // Monday 08:00–16:00 is one window (two rows that touch), Sunday until midnight.
    expect(await profile(w1!)).toEqual({
      a: "{[480,960),[9840,10080)}",
      g: "{[2026-01-01,2026-07-01)}",
      s: [ids.skill],
      c: ["garden.hedges", "garden.mowing"],
    });
    expect(await profile(w2!)).toMatchObject({ a: "{[3420,3570)}", g: "{[2017-01-01,)}", s: [], c: [] });

    await run(`UPDATE worker_availability SET to_time = '10:00' WHERE worker_id = '${w1}' AND weekday = 1 AND from_time = '08:00'`);
    await run(`DELETE FROM worker_activities WHERE worker_id = '${w1}' AND activity_code = 'garden.hedges'`);
    await run(`DELETE FROM worker_skills WHERE worker_id = '${w1}'`);
    expect(await profile(w1!)).toEqual({ a: "{[480,600),[720,960),[9840,10080)}", g: "{[2026-01-01,2026-07-01)}", s: [], c: ["garden.mowing"] });
    expect(await profileDrift()).toEqual([]);
  });
});
