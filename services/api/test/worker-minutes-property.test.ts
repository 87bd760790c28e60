import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDateOf, monthAndYearMinutes, vouchersForMinutes, type EnteredWork, type PlannedWork } from "@wijkwerk/domain";
import { workerMinutes } from "../src/work/worker-minutes.ts";
import { createWorker, createWorkFixture, type WorkFixture } from "./fixtures/vouchers.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 15 item 1: the minutes that count against the caps (RULES §1) are kept per worker and
 * month by triggers (packages/db/sql/functions/app_worker_minutes_*.sql, table from migration 0017) for speed. This property test binds that copy to the
 * domain's minutesHeld: for any history of assignments (any status, across month ends, New Year
 * and the DST night) and time entries (entered, confirmed, cancelled, entered again), the caps query
 * reads exactly what the domain computes from the same rows.
 */
let t: TestApp;
let gent: TenantLogin;
let f: WorkFixture;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  f = await createWorkFixture(t, gent);
});
afterAll(async () => t?.close());

// Slots four hours apart from 30 December 2025 to 3 April 2026, late evenings included: a worker
// is never in two places at once (the database refuses overlapping live assignments).
const FIRST_SLOT = Date.parse("2025-12-30T19:30:00Z");
const slotStart = (i: number) => new Date(FIRST_SLOT + i * 4 * 3_600_000).toISOString();
const SLOTS = (95 * 24) / 4;

const assignmentArb = fc.record({
  minutes: fc.integer({ min: 15, max: 230 }),
  status: fc.constantFrom("proposed", "accepted", "accepted", "completed", "declined", "cancelled", "expired"),
  entries: fc.constantFrom<("none" | "live" | "cancelled" | "cancelled+live")[]>(["none"], ["live"], ["live"], ["cancelled"], ["cancelled+live"]),
  entryMinutes: fc.integer({ min: 5, max: 600 }),
  entryStatus: fc.constantFrom("submitted", "confirmed", "disputed", "awaiting_vouchers"),
});

describe("minutes against the caps: the per-month copy agrees with the domain (issue 15 item 1)", () => {
  it("for any history of assignments and entries, workerMinutes reads what minutesHeld computes", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: SLOTS - 1 }), { minLength: 1, maxLength: 8 }),
        fc.array(assignmentArb, { minLength: 8, maxLength: 8 }),
        async (slots, kinds) => {
          const workerId = await createWorker(t, gent.tenantId, f.municipalityId, f.neighbourhoodId);
          const assignments: PlannedWork[] = [];
          const entries: EnteredWork[] = [];
          for (const [i, slot] of slots.entries()) {
            const k = kinds[i]!;
            const id = randomUUID();
            const startsAt = slotStart(slot);
            await t.owner.sql`INSERT INTO assignments (tenant_id, id, job_id, worker_id, client_id, starts_at, ends_at, status, created_by_id)
            VALUES (${gent.tenantId}, ${id}, ${f.jobId}, ${workerId}, ${f.clientId}, ${startsAt}, ${new Date(Date.parse(startsAt) + k.minutes * 60_000).toISOString()}, ${k.status}, 'test')`;
            assignments.push({ id, startsAt, minutes: k.minutes, status: k.status });
            const day = brusselsDateOf(startsAt);
            const kinds_ = k.entries[0] === "cancelled+live" ? ["cancelled", "live"] : k.entries[0] === "none" ? [] : [k.entries[0]!];
            for (const e of kinds_) {
              const status = e === "cancelled" ? "cancelled" : k.entryStatus;
              const minutes = e === "cancelled" ? k.entryMinutes + 30 : k.entryMinutes;
              await t.owner
                .sql`INSERT INTO time_entries (tenant_id, id, assignment_id, worker_id, client_id, work_date, minutes, vouchers, status, submitted_by_type, submitted_by_id)
              VALUES (${gent.tenantId}, ${randomUUID()}, ${id}, ${workerId}, ${f.clientId}, ${day}, ${minutes}, ${vouchersForMinutes(minutes)}, ${status}, 'worker', 'test')`;
              entries.push({ assignmentId: id, workDate: day, minutes, status });
            }
          }
          const dates = [...new Set([...assignments.map((a) => brusselsDateOf(a.startsAt)), "2025-12-31", "2026-01-01", "2026-03-29", "2026-03-31"])];
          for (const date of dates) {
            const stored = await t.database.withTenant(gent.tenantId, (tx) => workerMinutes(tx, workerId, date));
            expect(stored, date).toEqual(monthAndYearMinutes({ assignments, entries }, date));
            compared++;
          }
        },
      ),
      { numRuns: 30 },
    );
    expect(compared).toBeGreaterThan(100);
  }, 120_000);
});
