import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { keyring } from "@wijkwerk/crypto";
import { isValidOgm, maxAgreementEndDate, normalizePhone, validateEnterpriseNumber, validateIban, validateNationalNumber } from "@wijkwerk/domain";
import { createDatabase, createTestDatabase, DEMO_LOGINS, generateFlanders, seedDemo, type TestDatabase } from "../src/index.ts";
import { seedGentDemo } from "../src/seed/gent.ts";

const config = loadConfig();
let tdb: TestDatabase;
let sql: postgres.Sql;
let gentId: string;

beforeAll(async () => {
  tdb = await createTestDatabase(config.DATABASE_URL, config.APP_DB_PASSWORD);
  sql = postgres(tdb.ownerUrl, {
    max: 2,
    onnotice: () => {},
    types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
  });
  const r = await seedDemo(tdb.ownerUrl);
  expect(r.created).toBe(true);
  gentId = r.tenantId;
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await tdb?.drop();
});

async function one<T>(rows: PromiseLike<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error("no row");
  return row;
}

/** The invariants every generated tenant must satisfy, checked on the rows as stored. */
async function expectInvariants(tenantId: string): Promise<{ maxMonthMinutes: number }> {
  const workers = await sql<
    { national_number: string; iban: string; phone: string }[]
  >`SELECT national_number, iban, phone FROM workers WHERE tenant_id = ${tenantId}`;
  expect(workers.length).toBeGreaterThan(0);
  for (const w of workers) {
    // Issue 20: stored as envelopes; valid once decrypted.
    expect(w.national_number).toMatch(/^enc1:/);
    expect(w.iban).toMatch(/^enc1:/);
    expect(validateNationalNumber(keyring().decrypt(w.national_number))).toMatchObject({ ok: true });
    expect(validateIban(keyring().decrypt(w.iban))).toMatchObject({ ok: true, country: "BE" });
    expect(normalizePhone(w.phone), w.phone).toMatchObject({ ok: true, value: w.phone, mobile: true });
  }

  const clients = await sql<{ type: string; national_number: string | null; enterprise_number: string | null; phone: string | null; email: string | null }[]>`
    SELECT type, national_number, enterprise_number, phone, email FROM clients WHERE tenant_id = ${tenantId}`;
  for (const c of clients) {
    if (c.type !== "private") expect(validateEnterpriseNumber(c.enterprise_number ?? ""), String(c.enterprise_number)).toMatchObject({ ok: true });
    else expect(c.enterprise_number).toBeNull();
    if (c.national_number) expect(validateNationalNumber(keyring().decrypt(c.national_number))).toMatchObject({ ok: true });
    if (c.phone) expect(normalizePhone(c.phone)).toMatchObject({ ok: true, value: c.phone });
    expect(c.phone ?? c.email).toBeTruthy();
  }

  // Sign-in by one-time code looks people up by phone or e-mail: each belongs to one person.
  const { duplicates } = await one(sql<{ duplicates: number }[]>`
    SELECT count(*)::int AS duplicates FROM (
      SELECT v FROM (SELECT phone AS v FROM workers WHERE tenant_id = ${tenantId} UNION ALL SELECT phone FROM clients WHERE tenant_id = ${tenantId} AND phone IS NOT NULL
                     UNION ALL SELECT email FROM workers WHERE tenant_id = ${tenantId} AND email IS NOT NULL UNION ALL SELECT email FROM clients WHERE tenant_id = ${tenantId} AND email IS NOT NULL) x
      GROUP BY v HAVING count(*) > 1) d`);
  expect(duplicates).toBe(0);

  // Addresses as the API validates them: the neighbourhood lies in the municipality, the postal code belongs to it.
  const { badAddress } = await one(sql<{ badAddress: number }[]>`
    SELECT count(*)::int AS "badAddress" FROM clients c JOIN neighbourhoods n ON n.tenant_id = c.tenant_id AND n.id = c.neighbourhood_id
      JOIN municipalities m ON m.tenant_id = c.tenant_id AND m.id = c.municipality_id
    WHERE c.tenant_id = ${tenantId} AND (n.municipality_id <> c.municipality_id OR NOT c.postal_code = ANY (m.postal_codes))`);
  expect(badAddress).toBe(0);

  const { asymmetric } = await one(sql<{ asymmetric: number }[]>`
    SELECT count(*)::int AS asymmetric FROM neighbourhood_adjacency a
    WHERE a.tenant_id = ${tenantId} AND NOT EXISTS (SELECT 1 FROM neighbourhood_adjacency b WHERE b.tenant_id = a.tenant_id AND b.neighbourhood_id = a.adjacent_id AND b.adjacent_id = a.neighbourhood_id)`);
  expect(asymmetric).toBe(0);

  // RULES §1: at most 12 months, except legacy PWA agreements.
  const agreements = await sql<
    { start_date: string; end_date: string | null; legacy_pwa: boolean }[]
  >`SELECT start_date, end_date, legacy_pwa FROM worker_agreements WHERE tenant_id = ${tenantId}`;
  for (const a of agreements) {
    if (a.end_date === null) expect(a.legacy_pwa).toBe(true);
    else expect(a.end_date <= maxAgreementEndDate(a.start_date, 12), `${a.start_date}..${a.end_date}`).toBe(true);
  }

  const ogms = await sql<
    { payment_reference: string; start_date: string; end_date: string }[]
  >`SELECT payment_reference, start_date, end_date FROM client_agreements WHERE tenant_id = ${tenantId}`;
  for (const a of ogms) {
    expect(isValidOgm(a.payment_reference)).toBe(true);
    expect(a.end_date <= maxAgreementEndDate(a.start_date, 12)).toBe(true);
  }
  const counters = Object.fromEntries(
    (await sql<{ name: string; value: string }[]>`SELECT name, value FROM tenant_counters WHERE tenant_id = ${tenantId}`).map((r) => [r.name, Number(r.value)]),
  );
  expect(counters.client_number).toBe(clients.length);
  // Agreement fees and voucher orders draw their OGM references from one counter.
  const orders = await sql<{ payment_reference: string }[]>`SELECT payment_reference FROM voucher_orders WHERE tenant_id = ${tenantId}`;
  for (const o of orders) expect(isValidOgm(o.payment_reference)).toBe(true);
  expect(counters.ogm).toBe(ogms.length + orders.length);

  // No worker in two places at once, whatever the status.
  const { overlaps } = await one(sql<{ overlaps: number }[]>`
    SELECT count(*)::int AS overlaps FROM assignments a JOIN assignments b
      ON b.tenant_id = a.tenant_id AND b.worker_id = a.worker_id AND b.id > a.id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
    WHERE a.tenant_id = ${tenantId} AND a.status NOT IN ('cancelled', 'declined') AND b.status NOT IN ('cancelled', 'declined')`);
  expect(overlaps).toBe(0);

  // RULES §1 caps per Brussels month and year: worked (entries) plus planned (live assignments without an entry).
  const [caps] = await sql`
    WITH minutes AS (
      SELECT worker_id, work_date AS day, minutes FROM time_entries WHERE tenant_id = ${tenantId} AND status <> 'cancelled'
      UNION ALL
      SELECT a.worker_id, (a.starts_at AT TIME ZONE 'Europe/Brussels')::date, a.minutes FROM assignments a
      WHERE a.tenant_id = ${tenantId} AND a.status IN ('proposed', 'accepted')
        AND NOT EXISTS (SELECT 1 FROM time_entries te WHERE te.tenant_id = a.tenant_id AND te.assignment_id = a.id AND te.status <> 'cancelled')
    )
    SELECT (SELECT coalesce(max(s), 0) FROM (SELECT sum(minutes) AS s FROM minutes GROUP BY worker_id, date_trunc('month', day)) m)::int AS "maxMonth",
           (SELECT coalesce(max(s), 0) FROM (SELECT sum(minutes) AS s FROM minutes GROUP BY worker_id, date_trunc('year', day)) y)::int AS "maxYear",
           (SELECT count(*) FROM minutes)::int AS rows`;
  expect(caps!.rows).toBeGreaterThan(0);
  expect(caps!.maxMonth).toBeLessThanOrEqual(60 * 60);
  expect(caps!.maxYear).toBeLessThanOrEqual(630 * 60);

  // Work happens inside the worker's agreement and availability and the client's agreement.
  const { outside } = await one(sql<{ outside: number }[]>`
    SELECT count(*)::int AS outside FROM assignments a
    WHERE a.tenant_id = ${tenantId}
      AND (NOT EXISTS (SELECT 1 FROM worker_agreements wa WHERE wa.tenant_id = a.tenant_id AND wa.worker_id = a.worker_id
                        AND (a.starts_at AT TIME ZONE 'Europe/Brussels')::date BETWEEN wa.start_date AND coalesce(wa.end_date, 'infinity'::date))
        OR NOT EXISTS (SELECT 1 FROM client_agreements ca WHERE ca.tenant_id = a.tenant_id AND ca.client_id = a.client_id
                        AND (a.starts_at AT TIME ZONE 'Europe/Brussels')::date BETWEEN ca.start_date AND ca.end_date)
        OR NOT EXISTS (SELECT 1 FROM worker_availability av WHERE av.tenant_id = a.tenant_id AND av.worker_id = a.worker_id
                        AND av.weekday = extract(isodow FROM a.starts_at AT TIME ZONE 'Europe/Brussels')
                        AND (a.starts_at AT TIME ZONE 'Europe/Brussels')::time >= av.from_time AND (a.ends_at AT TIME ZONE 'Europe/Brussels')::time <= av.to_time))`);
  expect(outside).toBe(0);

  // RULES §2/§4: one voucher per started hour; an entry never exceeds its assignment.
  const { badEntries } = await one(sql<{ badEntries: number }[]>`
    SELECT count(*)::int AS "badEntries" FROM time_entries te JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
    WHERE te.tenant_id = ${tenantId} AND (te.vouchers <> ceil(te.minutes / 60.0) OR te.minutes > a.minutes OR te.worker_id <> a.worker_id OR te.client_id <> a.client_id
      OR te.work_date <> (a.starts_at AT TIME ZONE 'Europe/Brussels')::date)`);
  expect(badEntries).toBe(0);
  // The per-worker copies of 0017 (caps, matching profile) agree with the rows they summarise.
  expect([...(await sql`SELECT * FROM app_worker_minutes_drift(${tenantId}) LIMIT 3`)]).toEqual([]);
  expect([...(await sql`SELECT * FROM app_worker_profile_drift(${tenantId}) LIMIT 3`)]).toEqual([]);
  const { profiled } = await one(
    sql<
      { profiled: number }[]
    >`SELECT count(*)::int AS profiled FROM workers WHERE tenant_id = ${tenantId} AND NOT isempty(match_availability) AND NOT isempty(match_agreements)`,
  );
  expect(profiled).toBe(workers.length);

  // DESIGN principle 5 and API.md time entries: balanced postings, no lot below zero, and an entry
  // consumes exactly its vouchers, only once it is confirmed; an entry awaiting vouchers consumed none.
  const { ledger } = await one(sql<{ ledger: number }[]>`
    SELECT ((SELECT count(*) FROM (SELECT 1 FROM voucher_movements WHERE tenant_id = ${tenantId} GROUP BY posting_id HAVING sum(vouchers) <> 0) u)
          + (SELECT count(*) FROM (SELECT 1 FROM voucher_movements WHERE tenant_id = ${tenantId} AND account LIKE 'client:%' GROUP BY account, lot_id HAVING sum(vouchers) < 0) n)
          + (SELECT count(*) FROM (SELECT m.time_entry_id FROM voucher_movements m JOIN time_entries te ON te.tenant_id = m.tenant_id AND te.id = m.time_entry_id
                                    WHERE m.tenant_id = ${tenantId} AND m.account = 'system:consumed'
                                    GROUP BY m.time_entry_id, te.status, te.vouchers HAVING te.status <> 'confirmed' OR sum(m.vouchers) <> te.vouchers) c)
          + (SELECT count(*) FROM time_entries WHERE tenant_id = ${tenantId} AND status = 'awaiting_vouchers' AND confirmed_at IS NOT NULL))::int AS ledger`);
  expect(ledger).toBe(0);
  return { maxMonthMinutes: caps!.maxMonth };
}

describe("Gent demo seed (RULES §9 sizing)", () => {
  it("has the demo logins, 275 workers, 574 clients and Gent's 25 wijken", async () => {
    const [counts] = await sql`SELECT
      (SELECT count(*) FROM workers WHERE tenant_id = ${gentId})::int AS workers,
      (SELECT count(*) FROM clients WHERE tenant_id = ${gentId})::int AS clients,
      (SELECT count(*) FROM neighbourhoods WHERE tenant_id = ${gentId})::int AS hoods,
      (SELECT count(*) FROM staff WHERE tenant_id = ${gentId})::int AS staff`;
    expect(counts).toMatchObject({ workers: 275, clients: 574, staff: DEMO_LOGINS.length });
    expect(counts!.hoods).toBeGreaterThanOrEqual(20);
    const [gent] = await sql`SELECT name, nis_code, postal_codes FROM municipalities WHERE tenant_id = ${gentId}`;
    expect(gent).toMatchObject({ name: "Gent", nis_code: "44021" });
    expect([...gent!.postal_codes].sort()).toEqual(["9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"]);
    const hoods = (await sql<{ name: string }[]>`SELECT name FROM neighbourhoods WHERE tenant_id = ${gentId}`).map((h) => h.name);
    expect(hoods).toEqual(
      expect.arrayContaining(["Binnenstad", "Rabot - Blaisantvest", "Sint-Amandsberg", "Drongen", "Zwijnaarde", "Muide - Meulestede - Afrikalaan"]),
    );
    const skills = (await sql<{ name: string }[]>`SELECT name FROM skills WHERE tenant_id = ${gentId} ORDER BY name`).map((s) => s.name);
    expect(skills).toEqual(["Kinderopvang basis", "Tuinonderhoud", "Veilig werken met tuinmachines"]);
    const { allowed } = await one(sql<{ allowed: number }[]>`SELECT count(*)::int AS allowed FROM municipality_activities WHERE tenant_id = ${gentId}`);
    const { catalogue } = await one(sql<{ catalogue: number }[]>`SELECT count(*)::int AS catalogue FROM activities`);
    expect(allowed).toBe(catalogue);
  });

  it("satisfies every invariant: valid INSZ/IBAN/KBO/OGM, symmetric adjacency, no double booking, caps, a sound ledger", async () => {
    const { maxMonthMinutes } = await expectInvariants(gentId);
    // The demo's confirmed work was paid with vouchers (RULES §4): the ledger is not empty.
    const { unpaid, confirmed } = await one(sql<{ unpaid: number; confirmed: number }[]>`
      SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM voucher_movements m WHERE m.tenant_id = te.tenant_id AND m.time_entry_id = te.id AND m.kind = 'consume'))::int AS unpaid,
             count(*)::int AS confirmed
      FROM time_entries te WHERE te.tenant_id = ${gentId} AND te.status = 'confirmed'`);
    expect(confirmed).toBeGreaterThan(5000);
    expect(unpaid).toBe(0);
    // Some workers want every hour allowed, so the 60 h cap (RULES §1) really shapes the data.
    expect(maxMonthMinutes).toBeGreaterThan(50 * 60);
  });

  it("every worker and client has an agreement; some worker agreements end within 30 days, a few legacy PWA never end", async () => {
    const [a] = await sql`SELECT
      (SELECT count(*) FROM workers w WHERE w.tenant_id = ${gentId} AND NOT EXISTS (SELECT 1 FROM worker_agreements a WHERE a.tenant_id = w.tenant_id AND a.worker_id = w.id AND a.start_date <= current_date AND coalesce(a.end_date, 'infinity') >= current_date))::int AS "workersWithout",
      (SELECT count(*) FROM clients c WHERE c.tenant_id = ${gentId} AND NOT EXISTS (SELECT 1 FROM client_agreements a WHERE a.tenant_id = c.tenant_id AND a.client_id = c.id AND a.start_date <= current_date AND a.end_date >= current_date))::int AS "clientsWithout",
      (SELECT count(*) FROM worker_agreements WHERE tenant_id = ${gentId} AND end_date BETWEEN current_date AND current_date + 30)::int AS "endingSoon",
      (SELECT count(*) FROM worker_agreements WHERE tenant_id = ${gentId} AND legacy_pwa AND end_date IS NULL)::int AS legacy`;
    expect(a).toMatchObject({ workersWithout: 0, clientsWithout: 0 });
    expect(a!.endingSoon).toBeGreaterThanOrEqual(5);
    expect(a!.legacy).toBeGreaterThanOrEqual(3);
    expect(a!.legacy).toBeLessThan(40);
  });

  it("RULES §8 continuity: clients with a long history mostly keep one worker", async () => {
    const rows = await sql<{ workers: number }[]>`
      SELECT count(DISTINCT worker_id)::int AS workers FROM time_entries WHERE tenant_id = ${gentId} AND client_id IN (
        SELECT client_id FROM time_entries WHERE tenant_id = ${gentId} GROUP BY client_id HAVING max(work_date) - min(work_date) > 120)
      GROUP BY client_id`;
    expect(rows.length).toBeGreaterThan(100);
    const single = rows.filter((r) => r.workers === 1).length;
    expect(single / rows.length).toBeGreaterThan(0.6);
    const { months } = await one(
      sql<{ months: number }[]>`SELECT count(DISTINCT date_trunc('month', work_date))::int AS months FROM time_entries WHERE tenant_id = ${gentId}`,
    );
    expect(months).toBeGreaterThanOrEqual(10);
  });

  it("has open jobs, mostly garden work, concentrated in a few neighbourhoods", async () => {
    const open = await sql<{ activity_code: string; name: string }[]>`
      SELECT j.activity_code, n.name FROM jobs j JOIN neighbourhoods n ON n.tenant_id = j.tenant_id AND n.id = j.neighbourhood_id
      WHERE j.tenant_id = ${gentId} AND j.status = 'open'`;
    expect(open.length).toBeGreaterThanOrEqual(10);
    const garden = open.filter((j) => j.activity_code.startsWith("garden."));
    expect(garden.length / open.length).toBeGreaterThan(0.5);
    const perHood = new Map<string, number>();
    for (const j of garden) perHood.set(j.name, (perHood.get(j.name) ?? 0) + 1);
    const top3 = [...perHood.values()]
      .sort((x, y) => y - x)
      .slice(0, 5)
      .reduce((s, n) => s + n, 0);
    expect(top3 / garden.length).toBeGreaterThan(0.5);
    const { assigned } = await one(
      sql<{ assigned: number }[]>`SELECT count(*)::int AS assigned FROM assignments WHERE tenant_id = ${gentId} AND status = 'accepted' AND starts_at > now()`,
    );
    expect(assigned).toBeGreaterThan(0);
  });

  it("the application role sees the seeded rows through RLS", async () => {
    const app = createDatabase(tdb.appUrl, { max: 1 });
    try {
      const n = await app.withTenant(gentId, async (tx) => (await tx.execute<{ n: number }>("SELECT count(*)::int AS n FROM workers" as never))[0]?.n);
      expect(n).toBe(275);
    } finally {
      await app.close();
    }
  });

  it("is reproducible: the same seed and date give the same people and hours", async () => {
    const fingerprint = async (tenantId: string) => {
      const [f] = await sql`SELECT
        (SELECT string_agg(national_number_hmac || iban_masked || phone, ',' ORDER BY national_number_hmac) FROM workers WHERE tenant_id = ${tenantId}) AS workers,
        (SELECT string_agg(coalesce(enterprise_number, '') || name, ',' ORDER BY client_number) FROM clients WHERE tenant_id = ${tenantId}) AS clients,
        (SELECT sum(minutes) FROM time_entries WHERE tenant_id = ${tenantId})::int AS minutes,
        (SELECT string_agg(id::text, ',' ORDER BY id) FROM assignments WHERE tenant_id = ${tenantId}) AS assignments`;
      return f;
    };
    const ids: string[] = [];
    for (const slug of ["repro-a", "repro-b"]) {
      const [t] = await sql<{ id: string }[]>`INSERT INTO tenants (id, slug, name) VALUES (gen_random_uuid(), ${slug}, ${slug}) RETURNING id`;
      await seedGentDemo(sql, t!.id, () => {}, "2026-03-15");
      ids.push(t!.id);
    }
    const [a, b] = await Promise.all(ids.map(fingerprint));
    expect(a!.minutes).toBeGreaterThan(0);
    expect(a).toEqual(b);
    await expectInvariants(ids[0]!);
  }, 60_000);
});

describe("generateFlanders", () => {
  it("creates a separate tenant of the requested size that satisfies the same invariants (foreign keys checked)", async () => {
    const r = await generateFlanders(tdb.ownerUrl, { tenantSlug: "vlaanderen-test", workers: 500, clients: 1500, months: 3, checkForeignKeys: true });
    expect(r).toMatchObject({ workers: 500, clients: 1500 });
    expect(r.tenantId).not.toBe(gentId);
    expect(r.municipalities).toBeGreaterThanOrEqual(3);
    expect(r.timeEntries).toBeGreaterThan(1000);
    const [c] = await sql`SELECT (SELECT count(*) FROM workers WHERE tenant_id = ${r.tenantId})::int AS workers,
      (SELECT count(*) FROM clients WHERE tenant_id = ${r.tenantId})::int AS clients,
      (SELECT count(*) FROM time_entries WHERE tenant_id = ${r.tenantId} AND status = 'confirmed')::int AS confirmed,
      (SELECT min(work_date) FROM time_entries WHERE tenant_id = ${r.tenantId}) AS first`;
    expect(c).toMatchObject({ workers: 500, clients: 1500 });
    expect(c!.confirmed).toBeGreaterThan(r.timeEntries * 0.8);
    await expectInvariants(r.tenantId);
  }, 120_000);

  it("the fast path (foreign keys by construction) loads a 2-year history that the checks accept too", async () => {
    const r = await generateFlanders(tdb.ownerUrl, { tenantSlug: "vlaanderen-fast", workers: 300, clients: 900, months: 24 });
    const { orphans } = await one(sql<{ orphans: number }[]>`SELECT
      ((SELECT count(*) FROM assignments a WHERE a.tenant_id = ${r.tenantId} AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.tenant_id = a.tenant_id AND j.id = a.job_id))
       + (SELECT count(*) FROM time_entries te WHERE te.tenant_id = ${r.tenantId} AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.tenant_id = te.tenant_id AND a.id = te.assignment_id))
       + (SELECT count(*) FROM jobs j WHERE j.tenant_id = ${r.tenantId} AND j.parent_job_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jobs p WHERE p.tenant_id = j.tenant_id AND p.id = j.parent_job_id))
       + (SELECT count(*) FROM assignments a WHERE a.tenant_id = ${r.tenantId} AND NOT EXISTS (SELECT 1 FROM workers w WHERE w.tenant_id = a.tenant_id AND w.id = a.worker_id)))::int AS orphans`);
    expect(orphans).toBe(0);
    const { months } = await one(
      sql<{ months: number }[]>`SELECT count(DISTINCT date_trunc('month', work_date))::int AS months FROM time_entries WHERE tenant_id = ${r.tenantId}`,
    );
    expect(months).toBeGreaterThanOrEqual(24);
    await expectInvariants(r.tenantId);
  }, 120_000);
});
