import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingSkill } from "@wijkwerk/domain";
import { loadMatchInput } from "../src/work/match-query.ts";
import { addClient, addWorker, createGeo, orderJob, type Geo } from "./fixtures/work.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/**
 * Issue 15 item 1: the match list applies "the skill an activity needs" in SQL
 * (packages/db/sql/functions/app_job_matches.sql, the worker's skill ids) for speed; this property
 * test binds that copy to the domain's missingSkill (RULES §6). Workers with any mix of skills, all
 * within reach, are candidates for a hedge job exactly when the domain finds no skill missing.
 */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let jobId: string;
const other = { id: randomUUID(), name: "Kinderopvang" };

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  await t.owner.sql`INSERT INTO skills (tenant_id, id, name) VALUES (${gent.tenantId}, ${other.id}, ${other.name})`;
  const clientId = await addClient(t, geo);
  jobId = await orderJob(t, geo, clientId, { activityCode: "garden.hedges", description: "Haag" });
});
afterAll(async () => t?.close());

describe("the skill an activity needs: the SQL of the match list agrees with the domain (issue 15 item 1, RULES §6)", () => {
  it("for any mix of skills: a candidate exactly when missingSkill finds none missing", async () => {
    const skills = () => [
      { id: geo.tuinonderhoudSkillId, name: "Tuinonderhoud" },
      { id: other.id, name: other.name },
    ];
    let checked = 0;
    let withSkill = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.subarray([0, 1]), { minLength: 1, maxLength: 4 }), async (workers) => {
        const made = [];
        for (const held of workers) {
          const s = held.map((i) => skills()[i]!);
          const id = await addWorker(t, geo, { neighbourhoodId: geo.centrum, skills: s.map((x) => x.id) });
          made.push({ id, held: s.map((x) => x.name) });
        }
        const input = await loadMatchInput(t.database, gent.tenantId, jobId);
        const candidates = new Set(input!.candidates.map((c) => c.id));
        for (const w of made) {
          checked++;
          const fits = missingSkill("Tuinonderhoud", w.held) === null;
          if (fits) withSkill++;
          expect(candidates.has(w.id), JSON.stringify(w)).toBe(fits);
        }
      }),
      { numRuns: 20 },
    );
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(withSkill).toBeGreaterThan(0);
    expect(withSkill).toBeLessThan(checked);
  }, 120_000);
});
