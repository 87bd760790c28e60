import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caller, inDays, staffMember, today } from "./fixtures/coaching.ts";
import { addWorker, createGeo, type Geo } from "./fixtures/work.ts";
import { createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

// Issue 19, "wijk-werken +": a worker's trajectory from intake to exit and follow-up, through the API.
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let els: { id: string; token: string };
let call: ReturnType<typeof caller>;

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  els = await staffMember(t, gent, "Els Peeters");
  call = caller(t);
});
afterAll(async () => t?.close());

describe("a trajectory from intake to follow-up (issue 19)", () => {
  it("records intake, goals, a conversation with an action, an evaluation, the exit and its follow-up, and reads them back", async () => {
    const start = inDays(-100);
    const worker = await addWorker(t, geo, { agreement: { start, end: inDays(265) } });
    const base = `/v1/workers/${worker}/coaching`;
    const me = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: object) => call(els.token, method, url, payload);

    expect((await me("PUT", `/v1/workers/${worker}/consultant`, { consultantId: els.id })).json()).toEqual({
      workerId: worker,
      consultant: { id: els.id, name: "Els Peeters" },
    });

    const types = (await me("GET", "/v1/coaching/goal-types")).json().items as { id: string; name: string; kind: string }[];
    expect(types.map((g) => [g.name, g.kind])).toEqual([
      ["Stiptheid", "attitude"],
      ["Werken met klanten", "competence"],
      ["Nederlands op het werk", "competence"],
      ["Tuinonderhoud", "skill"],
    ]);

    const intake = {
      referrerContact: { name: "Sofie VDAB", email: "sofie@vdab.be", phone: "+3292345678" },
      startingSituation: "Drie jaar zonder werk, wil buiten werken.",
      languages: [
        { language: "ar", level: "native" },
        { language: "nl", level: "A2" },
      ],
      learningWishes: "Tuinonderhoud en beter Nederlands.",
    };
    const badLanguage = await me("PUT", `${base}/intake`, {
      ...intake,
      languages: [
        { language: "nl", level: "A2" },
        { language: "nl", level: "B1" },
      ],
    });
    expect([badLanguage.statusCode, badLanguage.json().code]).toEqual([422, "coaching.language_invalid"]);
    const saved = await me("PUT", `${base}/intake`, intake);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...intake, recordedBy: { id: els.id } });

    const goal = async (name: string) => me("POST", `${base}/goals`, { goalTypeId: types.find((g) => g.name === name)!.id, notes: `Over ${name}` });
    const punctual = await goal("Stiptheid");
    expect(punctual.statusCode, punctual.body).toBe(201);
    const garden = (await goal("Tuinonderhoud")).json();
    expect((await goal("Stiptheid")).json().code).toBe("coaching.goal_exists");
    const moved = await me("PATCH", `${base}/goals/${garden.id}`, { status: "in_progress" });
    expect(moved.json()).toMatchObject({ status: "in_progress", notes: "Over Tuinonderhoud" });

    // Held at a zitdag: the worker's walk-in appointment there (0016).
    const [officeHours, appointment] = [crypto.randomUUID(), crypto.randomUUID()];
    await t.owner.sql`INSERT INTO office_hours (tenant_id, id, neighbourhood_id, location, rrule, start_time, end_time, slot_minutes, consultant_id, first_date)
              VALUES (${gent.tenantId}, ${officeHours}, ${geo.centrum}, 'Buurtcentrum Centrum', 'FREQ=WEEKLY;BYDAY=TU', '09:00', '12:00', 15, ${els.id}, ${inDays(-30)})`;
    await t.owner.sql`INSERT INTO appointments (tenant_id, id, office_hours_id, day, queue_number, worker_id, topic, kind, created_by_type, created_by)
              VALUES (${gent.tenantId}, ${appointment}, ${officeHours}, ${inDays(-20)}, 1, ${worker}, 'Begeleiding', 'walk_in', 'consultant', ${els.id})`;
    const conversation = await me("POST", `${base}/conversations`, {
      heldOn: inDays(-20),
      appointmentId: appointment,
      notes: "Gaat goed, komt soms te laat.",
      actions: [{ description: "Wekker zetten om 7 uur", dueOn: inDays(10) }],
    });
    expect(conversation.statusCode, conversation.body).toBe(201);
    expect(conversation.json().notes).toBe("Gaat goed, komt soms te laat.");
    // Issue 20: the notes are stored encrypted (raw table), read back in clear through the API.
    const stored = await t.owner.sql<{ notes: string }[]>`
      SELECT notes FROM coaching_conversations WHERE worker_id = ${worker} UNION ALL SELECT notes FROM coaching_goals WHERE worker_id = ${worker}`;
    expect(stored.length).toBe(3);
    for (const r of stored) expect(r.notes).toMatch(/^enc1:dev1:/);
    expect(conversation.json()).toMatchObject({ staff: { id: els.id }, actions: [{ description: "Wekker zetten om 7 uur", done: false, doneOn: null }] });
    const action = conversation.json().actions[0].id;
    expect((await me("PATCH", `${base}/actions/${action}`, { done: true })).json()).toMatchObject({ done: true, doneOn: today });
    const strange = await me("POST", `${base}/conversations`, { heldOn: today, notes: "x", appointmentId: crypto.randomUUID() });
    expect([strange.statusCode, strange.json().code]).toEqual([422, "coaching.appointment_unknown"]);

    const outcomes = [
      { goalId: punctual.json().id, outcome: "progressing", note: "Beter" },
      { goalId: garden.id, outcome: "reached" },
    ];
    const evaluation = await me("POST", `${base}/evaluations`, { moment: "months_3", heldOn: today, notes: "Evaluatie na 3 maanden", outcomes });
    expect(evaluation.statusCode, evaluation.body).toBe(201);
    expect(evaluation.json().outcomes).toEqual([
      { goalId: punctual.json().id, goalName: "Stiptheid", outcome: "progressing", note: "Beter" },
      { goalId: garden.id, goalName: "Tuinonderhoud", outcome: "reached", note: "" },
    ]);
    const twice = await me("POST", `${base}/evaluations`, { moment: "months_3", heldOn: today, outcomes: [] });
    expect([twice.statusCode, twice.json().code]).toEqual([409, "coaching.evaluation_exists"]);
    const unplanned = await me("POST", `${base}/evaluations`, { moment: "months_15", heldOn: today, outcomes: [] });
    expect([unplanned.statusCode, unplanned.json().code]).toEqual([422, "coaching.moment_unknown"]);
    const foreignGoal = await me("POST", `${base}/evaluations`, {
      moment: "extra",
      heldOn: today,
      outcomes: [{ goalId: crypto.randomUUID(), outcome: "reached" }],
    });
    expect([foreignGoal.statusCode, foreignGoal.json().code]).toEqual([422, "coaching.goal_unknown"]);

    const early = await me("POST", `${base}/exits`, { reason: "job_found", exitDate: inDays(-200) });
    expect([early.statusCode, early.json().code]).toEqual([422, "coaching.exit_before_agreement"]);
    const exit = await me("POST", `${base}/exits`, { reason: "job_found", exitDate: today, notes: "Vast werk bij een tuinaannemer" });
    expect(exit.statusCode, exit.body).toBe(201);
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const due = new Date(Date.UTC(y, m - 1 + 9, 1));
    const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
    due.setUTCDate(Math.min(d, lastDay));
    expect(exit.json()).toMatchObject({ reason: "job_found", exitDate: today, followUpDueOn: due.toISOString().slice(0, 10), followUps: [] });
    expect((await me("POST", `${base}/exits`, { reason: "stopped", exitDate: today })).json().code).toBe("coaching.exit_exists");
    const followUp = await me("POST", `${base}/exits/${exit.json().id}/follow-ups`, { situation: "in_work", notes: "Nog steeds aan de slag" });
    expect(followUp.statusCode, followUp.body).toBe(201);
    expect(followUp.json()).toMatchObject({ situation: "in_work", source: "consultant", recordedOn: today, recordedBy: { id: els.id } });

    const all = (await me("GET", base)).json();
    expect(all).toMatchObject({ workerId: worker, referrer: "vdab", consultant: { id: els.id }, intake: { learningWishes: intake.learningWishes } });
    expect(all.goals.map((g: { name: string; status: string }) => [g.name, g.status])).toEqual([
      ["Stiptheid", "open"],
      ["Tuinonderhoud", "in_progress"],
    ]);
    expect(all.conversations).toHaveLength(1);
    expect(all.conversations[0].appointmentId).toBe(appointment);
    expect(all.appointments).toEqual([{ id: appointment, day: inDays(-20), location: "Buurtcentrum Centrum", status: "planned" }]);
    expect(all.conversations[0].actions[0]).toMatchObject({ done: true });
    expect(all.evaluations.map((e: { moment: string }) => e.moment)).toEqual(["months_3"]);
    expect(all.agreements[0].moments.map((x: { key: string; evaluationId: string | null }) => [x.key, x.evaluationId])).toEqual([
      ["months_3", evaluation.json().id],
      ["months_6", null],
      ["months_9", null],
      ["before_end", null],
    ]);
    expect(all.exits).toMatchObject([{ reason: "job_found", followUps: [{ situation: "in_work", source: "consultant" }] }]);
  });
});
