import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { processors } from "../src/processors/index.ts";
import { sweepRetention } from "../src/processors/retention.ts";
import { seedTenant } from "./notify-harness.ts";

// Issue 20, "retention": the daily sweep erases persons past their period with nothing open, deletes
// coaching records, one-time codes, old message bodies and inbound SMS past theirs, and touches nothing
// else; a second run changes nothing. Real PostgreSQL.
const base = loadConfig();
let tdb: TestDatabase;
let owner: Database;
const NOW = new Date("2026-12-06T12:00:00Z");

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 4 });
});
afterAll(async () => {
  await owner?.close();
  await tdb?.drop();
});

describe("issue 20: the daily retention sweep", () => {
  it("erases only what is past its period and has nothing open; a second run changes nothing", async () => {
    const t = await seedTenant(owner, { slug: "gent" });
    const sql = owner.sql;
    const [w] = await sql`SELECT municipality_id, neighbourhood_id FROM workers WHERE id = ${t.workerId}`;
    const worker = async (n: number) => {
      const id = randomUUID();
      await sql`INSERT INTO workers (tenant_id, id, first_name, last_name, national_number, phone, language, street, house_number, postal_code, municipality_id, neighbourhood_id, iban, referrer)
        VALUES (${t.tenantId}, ${id}, 'Werker', ${`Naam${n}`}, ${String(85073000000 + n)}, ${`+3247200000${n}`}, 'nl', 'Dok', '2', '9000', ${w!.municipality_id}, ${w!.neighbourhood_id}, 'BE68539007547034', 'vdab')`;
      return id;
    };
    const agreement = (workerId: string, start: string, end: string) =>
      sql`INSERT INTO worker_agreements (tenant_id, id, worker_id, start_date, end_date) VALUES (${t.tenantId}, ${randomUUID()}, ${workerId}, ${start}, ${end})`;
    // Past: the seeded worker's agreement ended in 2019 (5 years have passed).
    await agreement(t.workerId, "2019-01-01", "2019-12-31");
    // Within: ended mid 2024 (5 years from then is 2029); its coaching, from 2023, is past the 2 years.
    const recent = await worker(1);
    await agreement(recent, "2023-07-01", "2024-06-30");
    const staff = randomUUID();
    await sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${t.tenantId}, ${staff}, 'els@gent.be', 'Els', 'consultant', 'x')`;
    await sql`INSERT INTO coaching_conversations (tenant_id, id, worker_id, held_on, staff_id, notes) VALUES (${t.tenantId}, ${randomUUID()}, ${recent}, '2023-09-01', ${staff}, 'Gesprek')`;
    // Past, but pay still open (confirmed hours not yet in a run): left alone.
    const owed = await worker(2);
    await agreement(owed, "2019-01-01", "2019-12-31");
    await sql`INSERT INTO payout_pending (tenant_id, worker_id, work_month) VALUES (${t.tenantId}, ${owed}, '2019-12-01')`;
    // A client registered in 2020 without anything since: past its 2 years.
    const oldClient = randomUUID();
    await sql`INSERT INTO clients (tenant_id, id, type, name, contact_first_name, contact_last_name, phone, street, house_number, postal_code, municipality_id, neighbourhood_id, client_number, created_at)
      VALUES (${t.tenantId}, ${oldClient}, 'private', 'Oude Klant', 'Oude', 'Klant', '+32470999999', 'Kouter', '3', '9000', ${w!.municipality_id}, ${w!.neighbourhood_id}, 2, '2020-01-01')`;
    // Codes, bodies and inbound SMS, old and new.
    await sql`INSERT INTO auth_codes (tenant_id, id, channel, destination, subject_type, subject_id, code_hash, expires_at) VALUES
      (${t.tenantId}, ${randomUUID()}, 'sms', '+32472000002', 'client', ${t.clientId}, 'h', '2026-10-01'),
      (${t.tenantId}, ${randomUUID()}, 'sms', '+32472000002', 'client', ${t.clientId}, 'h', '2026-12-05')`;
    await sql`INSERT INTO deliveries (tenant_id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text, created_at) VALUES
      (${t.tenantId}, 'x', 'sms', 'client', ${t.clientId}, '+32472000002', 'nl', 'old', 'sent', 'Oud bericht', '2025-06-01'),
      (${t.tenantId}, 'x', 'sms', 'client', ${t.clientId}, '+32472000002', 'nl', 'new', 'sent', 'Nieuw bericht', '2026-11-01')`;
    await sql`INSERT INTO sms_inbound (tenant_id, id, message_id, from_phone, worker_id, text, interpretation, outcome, received_at) VALUES
      (${t.tenantId}, ${randomUUID()}, 'm1', '+32471000009', ${recent}, 'JA', 'accept', 'no_open_proposal', '2025-01-01'),
      (${t.tenantId}, ${randomUUID()}, 'm2', '+32471000009', ${recent}, 'NEE', 'decline', 'no_open_proposal', '2026-11-30')`;
    // Stored idempotent requests: one from October (past 30 days), one from last week.
    await sql`INSERT INTO idempotency_keys (tenant_id, key, actor_id, method, path, request_hash, status_code, response_body, created_at) VALUES
      (${t.tenantId}, 'k-old', 'x', 'POST', '/v1/workers', 'h', 201, '{"lastName":"Bakkali"}', '2026-10-01'),
      (${t.tenantId}, 'k-new', 'x', 'POST', '/v1/workers', 'h', 201, '{}', '2026-12-01')`;
    // Staff: one deactivated in May 2025 (past the 12 months), with a session, a link and an area;
    // one deactivated in March 2026 (within); Els is active.
    const [gone, left] = [randomUUID(), randomUUID()];
    await sql`INSERT INTO staff (tenant_id, id, email, name, role, password_hash, active, deactivated_at, totp_secret, totp_enabled_at) VALUES
      (${t.tenantId}, ${gone}, 'piet@gent.be', 'Piet', 'consultant', 'argon', false, '2025-05-31T10:00:00Z', 'SECRET', now()),
      (${t.tenantId}, ${left}, 'mia@gent.be', 'Mia', 'finance', 'argon', false, '2026-03-01T10:00:00Z', NULL, NULL)`;
    await sql`INSERT INTO staff_sessions (tenant_id, jti, staff_id, issued_at, expires_at, second_factor) VALUES
      (${t.tenantId}, ${randomUUID()}, ${gone}, '2025-05-01', '2025-05-02', false),
      (${t.tenantId}, ${randomUUID()}, ${left}, '2026-02-01', '2026-02-02', false),
      (${t.tenantId}, ${randomUUID()}, ${staff}, '2026-12-05', '2026-12-07', false)`;
    await sql`INSERT INTO staff_links (tenant_id, id, staff_id, purpose, code_hash, expires_at) VALUES (${t.tenantId}, ${randomUUID()}, ${gone}, 'password_reset', 'hh', '2026-12-20')`;
    await sql`INSERT INTO staff_area_neighbourhoods (tenant_id, staff_id, neighbourhood_id) VALUES (${t.tenantId}, ${gone}, ${w!.neighbourhood_id})`;
    const keptStaff = await sql`SELECT * FROM staff WHERE id IN (${left}, ${staff}) ORDER BY id`;
    const before =
      await sql`SELECT id, first_name, last_name, national_number, phone, iban, erased_at FROM workers WHERE id IN (${recent}, ${owed}) ORDER BY id`;
    const seededClient = await sql`SELECT * FROM clients WHERE id = ${t.clientId}`;

    const first = await sweepRetention(owner, NOW);
    expect(first).toEqual({
      workersErased: 1,
      clientsErased: 1,
      skippedOpen: 1,
      coachingDeleted: 1,
      codesDeleted: 1,
      bodiesBlanked: 1,
      inboundSmsDeleted: 1,
      idempotencyKeysDeleted: 1,
      staffAccountsErased: 1,
      staffSessionsDeleted: 1,
    });

    const [erased] =
      await sql`SELECT first_name, national_number, national_number_hmac, national_number_masked, iban, iban_masked, phone, status, erasure_reason FROM workers WHERE id = ${t.workerId}`;
    // Personal numbers stay encrypted placeholders (docs/ENCRYPTION.md); the hash can never match a lookup.
    expect(erased).toMatchObject({
      first_name: "Gewist",
      national_number: expect.stringMatching(/^enc1:/),
      national_number_hmac: `erased:${t.workerId}`,
      national_number_masked: "gewist",
      iban: expect.stringMatching(/^enc1:/),
      iban_masked: "gewist",
      status: "inactive",
      erasure_reason: "retention",
    });
    const [agreements] = await sql`SELECT count(*)::int AS n FROM worker_agreements WHERE worker_id = ${t.workerId}`;
    expect(agreements!.n).toBe(1);
    const [c] = await sql`SELECT name, phone, erasure_reason FROM clients WHERE id = ${oldClient}`;
    expect(c).toMatchObject({ name: expect.stringMatching(/^Gewist #/), phone: null, erasure_reason: "retention" });
    expect(
      await sql`SELECT id, first_name, last_name, national_number, phone, iban, erased_at FROM workers WHERE id IN (${recent}, ${owed}) ORDER BY id`,
    ).toEqual(before);
    expect(await sql`SELECT * FROM clients WHERE id = ${t.clientId}`).toEqual(seededClient);
    expect(await sql`SELECT count(*)::int AS n FROM coaching_conversations WHERE worker_id = ${recent}`).toEqual([{ n: 0 }]);
    expect(await sql`SELECT expires_at::date::text AS d FROM auth_codes ORDER BY d`).toEqual([{ d: "2026-12-05" }]);
    expect(await sql`SELECT idempotency_key AS k, body_text, to_address FROM deliveries ORDER BY k`).toEqual([
      { k: "new", body_text: "Nieuw bericht", to_address: "+32472000002" },
      { k: "old", body_text: null, to_address: null },
    ]);
    expect(await sql`SELECT message_id FROM sms_inbound`).toEqual([{ message_id: "m2" }]);
    expect(await sql`SELECT key FROM idempotency_keys WHERE tenant_id = ${t.tenantId}`).toEqual([{ key: "k-new" }]);
    // The account deactivated in May 2025: no session, link, area, e-mail, password or second factor left; id and name stay.
    const [emptied] =
      await sql`SELECT name, email, password_hash, totp_secret, totp_enabled_at, active, erased_at IS NOT NULL AS erased FROM staff WHERE id = ${gone}`;
    expect(emptied).toEqual({
      name: "Piet",
      email: `gewist-${gone}@invalid`,
      password_hash: "erased",
      totp_secret: null,
      totp_enabled_at: null,
      active: false,
      erased: true,
    });
    for (const table of ["staff_sessions", "staff_links", "staff_area_neighbourhoods"])
      expect(await sql`SELECT count(*)::int AS n FROM ${sql(table)} WHERE staff_id = ${gone}`, table).toEqual([{ n: 0 }]);
    // Mia (within the year) and Els (active) are untouched, their sessions too.
    expect(await sql`SELECT * FROM staff WHERE id IN (${left}, ${staff}) ORDER BY id`).toEqual(keptStaff);
    expect(await sql`SELECT count(*)::int AS n FROM staff_sessions WHERE staff_id IN (${left}, ${staff})`).toEqual([{ n: 2 }]);
    const audits = await sql`SELECT entity, action, after FROM audit_log WHERE actor_id = 'privacy.retention' ORDER BY entity, action`;
    expect(audits.map((a) => `${a.entity}:${a.action}`)).toEqual([
      "client:erase",
      "coaching:retention_delete",
      "retention:idempotency_keys_deleted",
      "retention:inbound_sms_deleted",
      "retention:message_bodies_blanked",
      "retention:one_time_codes_deleted",
      "staff:retention_erase",
      "worker:erase",
    ]);
    expect(JSON.stringify(audits)).not.toMatch(/Bakkali|85073003328|Oude Klant|Oud bericht|piet@gent\.be/);

    // Idempotent: the second run (or a second replica the same day) finds nothing more to do.
    const second = await sweepRetention(owner, NOW);
    expect(second).toEqual({
      workersErased: 0,
      clientsErased: 0,
      skippedOpen: 1,
      coachingDeleted: 0,
      codesDeleted: 0,
      bodiesBlanked: 0,
      inboundSmsDeleted: 0,
      idempotencyKeysDeleted: 0,
      staffAccountsErased: 0,
      staffSessionsDeleted: 0,
    });
    expect(await sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_id = 'privacy.retention'`).toEqual([{ n: 8 }]);
  });

  it("is registered as the maintenance job privacy.retention (scheduled once per day in main.ts)", () => {
    expect(typeof processors.maintenance?.["privacy.retention"]).toBe("function");
  });
});
