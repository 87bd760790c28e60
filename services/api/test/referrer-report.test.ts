import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, inDays, staffMember, today } from "./fixtures/coaching.ts";
import { addClient, addWorkedTime, addWorker, createGeo, type Geo } from "./fixtures/work.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 19, "the referrer's report": consent per category, the report as JSON/PDF/CSV with only what
// the worker consented to share (the rest left out and said so), every download audited; the outflow figures.
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let els: { id: string; token: string };
let call: ReturnType<typeof caller>;
const period = `from=${inDays(-100)}&to=${today}`;

/** The text of an uncompressed pdfkit PDF (as the tax certificate test reads it). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    parts.push([...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
  }
  return parts.join("\n");
}

/** A worker of Els with hours, a training attended with its skill, a goal evaluated and a client's answer in the period. */
async function workedWorker() {
  const worker = await addWorker(t, geo, { firstName: "Samira", agreement: { start: inDays(-200), end: inDays(160) } });
  expect((await call(els.token, "PUT", `/v1/workers/${worker}/consultant`, { consultantId: els.id })).statusCode).toBe(200);
  const client = await addClient(t, geo);
  await addWorkedTime(t, geo, worker, client, inDays(-30), 150);
  await addWorkedTime(t, geo, worker, client, inDays(-300), 600); // before the period
  const sql = t.owner.sql;
  const training = randomUUID();
  const session = randomUUID();
  await sql`INSERT INTO trainings (tenant_id, id, name, skill_id, duration_minutes) VALUES (${gent.tenantId}, ${training}, 'Tuinonderhoud basis', ${geo.tuinonderhoudSkillId}, 180)`;
  await sql`INSERT INTO training_sessions (tenant_id, id, training_id, starts_at, ends_at, location, capacity, trainer)
    VALUES (${gent.tenantId}, ${session}, ${training}, ${`${inDays(-20)}T08:00:00Z`}, ${`${inDays(-20)}T11:00:00Z`}, 'Buurtcentrum', 8, 'Jan')`;
  await sql`INSERT INTO training_enrollments (tenant_id, session_id, worker_id, status, position) VALUES (${gent.tenantId}, ${session}, ${worker}, 'attended', 1)`;
  await sql`INSERT INTO worker_skills (tenant_id, worker_id, skill_id, obtained_on) VALUES (${gent.tenantId}, ${worker}, ${geo.tuinonderhoudSkillId}, ${inDays(-20)})`;
  const types = (await call(els.token, "GET", "/v1/coaching/goal-types")).json().items as { id: string; name: string }[];
  const goal = await call(els.token, "POST", `/v1/workers/${worker}/coaching/goals`, {
    goalTypeId: types.find((g) => g.name === "Stiptheid")!.id,
    status: "in_progress",
  });
  expect(goal.statusCode, goal.body).toBe(201);
  const evaluation = await call(els.token, "POST", `/v1/workers/${worker}/coaching/evaluations`, {
    moment: "extra",
    heldOn: inDays(-5),
    notes: "Geheime notities",
    outcomes: [{ goalId: goal.json().id, outcome: "progressing" }],
  });
  expect(evaluation.statusCode, evaluation.body).toBe(201);
  await sql`INSERT INTO client_feedback_requests (tenant_id, id, worker_id, client_id, month, minutes, channel, code_hash, expires_at, answer, answered_at)
    VALUES (${gent.tenantId}, ${randomUUID()}, ${worker}, ${client}, ${inDays(-30).slice(0, 7)}, 150, 'sms', ${Buffer.from(randomUUID())}, '2099-01-01', 'good', now())`;
  return worker;
}

const consent = (worker: string, category: string, givenOn = today) => call(els.token, "POST", `/v1/workers/${worker}/report-consents`, { category, givenOn });
const downloads = async (worker: string) =>
  t.owner.sql<{ after: { format: string; included: string[] } }[]>`
    SELECT after FROM audit_log WHERE entity = 'referrer_report' AND entity_id = ${worker} AND action = 'download' ORDER BY at`;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  els = await staffMember(t, gent, "Els Peeters");
  call = caller(t);
});
afterAll(async () => t?.close());

describe("the referrer's report holds only what the worker consented to share (issue 19)", () => {
  it("without consent every part is left out, in JSON, PDF and CSV; each download is audited", async () => {
    const worker = await workedWorker();
    const json = await call(els.token, "GET", `/v1/workers/${worker}/referrer-report?${period}`);
    expect(json.statusCode, json.body).toBe(200);
    for (const k of ["hours", "activities", "trainings", "goals", "client_feedback"]) expect(json.json()[k]).toEqual({ included: false, content: null });
    const pdf = await call(els.token, "GET", `/v1/workers/${worker}/referrer-report.pdf?${period}`);
    expect(pdf.headers["content-type"]).toMatch(/application\/pdf/);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain("Voortgangsverslag voor VDAB");
    expect(text.match(/Niet gedeeld/g)).toHaveLength(5);
    expect(text).not.toContain("Tuinonderhoud basis");
    const csv = await call(els.token, "GET", `/v1/workers/${worker}/referrer-report.csv?${period}`);
    expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="voortgangsverslag-samira-janssens-.*\.csv"/);
    expect(csv.body.match(/Niet gedeeld/g)).toHaveLength(5);
    expect((await downloads(worker)).map((d) => [d.after.format, d.after.included])).toEqual([
      ["json", []],
      ["pdf", []],
      ["csv", []],
    ]);
  });

  it("with consent for hours, trainings and goals those parts are in; activities and client feedback are left out and the report says so", async () => {
    const worker = await workedWorker();
    for (const c of ["hours", "trainings", "goals"]) expect((await consent(worker, c)).statusCode).toBe(201);
    const r = (await call(els.token, "GET", `/v1/workers/${worker}/referrer-report?${period}`)).json();
    expect(r.hours).toEqual({ included: true, content: [{ month: inDays(-30).slice(0, 7), minutes: 150 }] });
    expect(r.trainings.content).toEqual({
      attended: [{ name: "Tuinonderhoud basis", date: inDays(-20) }],
      skills: [{ name: "Tuinonderhoud", obtainedOn: inDays(-20) }],
    });
    expect(r.goals.content).toEqual([
      { name: "Stiptheid", status: "in_progress", evaluations: [{ heldOn: inDays(-5), moment: "extra", outcome: "progressing" }] },
    ]);
    expect(r.activities).toEqual({ included: false, content: null });
    expect(r.client_feedback).toEqual({ included: false, content: null });
    expect(JSON.stringify(r)).not.toContain("Geheime notities");
    const text = pdfText((await call(els.token, "GET", `/v1/workers/${worker}/referrer-report.pdf?${period}`)).rawPayload);
    expect(text).toContain("Tuinonderhoud basis");
    expect(text).toContain("2,50 uur");
    expect(text.match(/Niet gedeeld/g)).toHaveLength(2);
    const csv = (await call(els.token, "GET", `/v1/workers/${worker}/referrer-report.csv?${period}`)).body;
    expect(csv).toContain("Gewerkte uren per maand");
    expect(csv).toMatch(/Activiteiten;Niet gedeeld/);
    expect(csv).toMatch(/Doel: Stiptheid;bezig/);
    expect((await downloads(worker)).map((d) => d.after.included)).toEqual([
      ["hours", "trainings", "goals"],
      ["hours", "trainings", "goals"],
      ["hours", "trainings", "goals"],
    ]);

    // Client feedback shared too: the answers counted, no comments.
    await consent(worker, "client_feedback");
    const again = (await call(els.token, "GET", `/v1/workers/${worker}/referrer-report?${period}`)).json();
    expect(again.client_feedback).toEqual({ included: true, content: { good: 1, could_be_better: 0, not_good: 0, unanswered: 0 } });
  });

  it("consents: given twice 409, withdrawn (audited, with who), withdrawn again 409, before the given day 422; withdrawn means left out", async () => {
    const worker = await workedWorker();
    const given = await consent(worker, "hours", inDays(-10));
    expect(given.json()).toMatchObject({
      category: "hours",
      givenOn: inDays(-10),
      givenBy: { id: els.id, name: "Els Peeters" },
      withdrawnOn: null,
      active: true,
    });
    const twice = await consent(worker, "hours");
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("consent.already_given");
    const url = `/v1/workers/${worker}/report-consents/${given.json().id}/withdraw`;
    const early = await call(els.token, "POST", url, { withdrawnOn: inDays(-11) });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("consent.withdrawn_before_given");
    const withdrawn = await call(els.token, "POST", url, { withdrawnOn: today });
    expect(withdrawn.json()).toMatchObject({ withdrawnOn: today, withdrawnBy: { id: els.id }, active: false });
    expect((await call(els.token, "POST", url, { withdrawnOn: today })).json().code).toBe("consent.already_withdrawn");
    expect((await call(els.token, "GET", `/v1/workers/${worker}/referrer-report?${period}`)).json().hours.included).toBe(false);
    const audits = await t.owner.sql`SELECT action, actor_id FROM audit_log WHERE entity = 'report_consent' AND entity_id = ${given.json().id} ORDER BY at`;
    expect(audits).toEqual([
      { action: "give", actor_id: els.id },
      { action: "withdraw", actor_id: els.id },
    ]);
    // A new consent after the withdrawal is a new row; the list keeps the history.
    expect((await consent(worker, "hours")).statusCode).toBe(201);
    expect((await call(els.token, "GET", `/v1/workers/${worker}/report-consents`)).json().items).toHaveLength(2);
    expect((await consent(worker, "salary")).json().code).toBe("validation.failed");
  });

  it("only the worker's own consultant and admins; a bad period is 422 report.period_invalid", async () => {
    const worker = await workedWorker();
    const other = await staffMember(t, gent, "Bart Claes");
    const refused = await call(other.token, "GET", `/v1/workers/${worker}/referrer-report?${period}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("coaching.not_your_worker");
    expect((await call(other.token, "POST", `/v1/workers/${worker}/report-consents`, { category: "hours", givenOn: today })).statusCode).toBe(403);
    const finance = await staffMember(t, gent, "Fien Financien", "finance");
    expect((await call(finance.token, "GET", `/v1/workers/${worker}/referrer-report.csv?${period}`)).json().code).toBe("auth.forbidden");
    expect((await call(gent.token, "GET", `/v1/workers/${worker}/referrer-report?${period}`)).statusCode).toBe(200);
    const backwards = await call(els.token, "GET", `/v1/workers/${worker}/referrer-report?from=${today}&to=${inDays(-1)}`);
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().code).toBe("report.period_invalid");
    expect((await call(els.token, "GET", `/v1/workers/${worker}/referrer-report.pdf?from=2020-01-01&to=2026-01-02`)).json().code).toBe("report.period_invalid");
    expect((await call(els.token, "GET", `/v1/workers/${worker}/referrer-report?from=gisteren&to=${today}`)).statusCode).toBe(422);
  });
});

describe("the organisation's outflow figures (issue 19, like the Flemish 32 %)", () => {
  it("of the exits in the period: in work, training, no work, unknown and not yet due; the share of known follow-ups; admin only; CSV; audited", async () => {
    const aalst = await createTenant(t, "aalst");
    const geoA = await createGeo(t, aalst.tenantId);
    const situations = ["in_work", "in_work", "none", "training", null] as const;
    for (const s of situations) {
      const w = await addWorker(t, geoA, { agreement: { start: "2025-01-01", end: "2025-12-31" } });
      const exit = await call(aalst.token, "POST", `/v1/workers/${w}/coaching/exits`, { reason: "agreement_ended", exitDate: "2025-03-01" });
      expect(exit.statusCode, exit.body).toBe(201);
      if (s) expect((await call(aalst.token, "POST", `/v1/workers/${w}/coaching/exits/${exit.json().id}/follow-ups`, { situation: s })).statusCode).toBe(201);
    }
    const recent = await addWorker(t, geoA, { agreement: { start: inDays(-100), end: inDays(100) } });
    expect((await call(aalst.token, "POST", `/v1/workers/${recent}/coaching/exits`, { reason: "job_found", exitDate: inDays(-10) })).statusCode).toBe(201);

    const res = await call(aalst.token, "GET", `/v1/reports/outflow?from=2025-01-01&to=${today}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      period: { from: "2025-01-01", to: today },
      exited: 6,
      inWork: 2,
      inTraining: 1,
      noWork: 1,
      unknown: 1,
      notYetDue: 1,
      sharePercent: 50,
    });
    const csv = await call(aalst.token, "GET", `/v1/reports/outflow.csv?from=2025-01-01&to=${today}`);
    expect(csv.body).toContain(`2025-01-01;${today};6;2;1;1;1;1;50`);
    const consultant = await staffMember(t, aalst, "An Consulent");
    expect((await call(consultant.token, "GET", `/v1/reports/outflow?from=2025-01-01&to=${today}`)).json().code).toBe("auth.forbidden");
    expect((await call(aalst.token, "GET", `/v1/reports/outflow?from=2026-01-01&to=2025-01-01`)).json().code).toBe("report.period_invalid");
    const audits = await t.owner
      .sql`SELECT after->>'format' AS format FROM audit_log WHERE tenant_id = ${aalst.tenantId} AND entity = 'outflow_report' ORDER BY at`;
    expect(audits.map((a) => a.format)).toEqual(["json", "csv"]);
    // Another tenant's exits never count.
    expect((await call(gent.token, "GET", `/v1/reports/outflow?from=2025-01-01&to=${today}`)).json().exited).toBe(0);
  });
});
