import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { brusselsDateOf, filterByConsent } from "@wijkwerk/domain";
import type { CoachedWorker } from "../coaching/access.ts";
import * as coaching from "../coaching/repository.ts";
import { asRecords, consentRows } from "./consents.ts";

/**
 * Issue 19, "the referrer's report": what the report holds for one worker and period, gathered per
 * category and passed through the consent filter (filterByConsent in packages/domain) before any
 * format (JSON, PDF, CSV) sees it: a category without consent on the report's day is left out.
 */
export async function reportOf(tx: Tx, w: CoachedWorker, from: string, to: string, today = brusselsDateOf(new Date())) {
  const id = w.id;
  const hours = await tx.execute<{ month: string; minutes: number }>(sql`
    SELECT to_char(work_date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes FROM time_entries
     WHERE tenant_id = app_current_tenant() AND worker_id = ${id} AND status = 'confirmed' AND work_date BETWEEN ${from}::date AND ${to}::date
     GROUP BY 1 ORDER BY 1`);
  const activities = await tx.execute<{ code: string; name: string; minutes: number }>(sql`
    SELECT j.activity_code AS code, act.name, sum(te.minutes)::int AS minutes
      FROM time_entries te JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
      JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id JOIN activities act ON act.code = j.activity_code
     WHERE te.tenant_id = app_current_tenant() AND te.worker_id = ${id} AND te.status = 'confirmed' AND te.work_date BETWEEN ${from}::date AND ${to}::date
     GROUP BY 1, 2 ORDER BY 3 DESC, 1`);
  const attended = await tx.execute<{ name: string; date: string }>(sql`
    SELECT t.name, (s.starts_at AT TIME ZONE 'Europe/Brussels')::date::text AS date
      FROM training_enrollments e JOIN training_sessions s ON s.tenant_id = e.tenant_id AND s.id = e.session_id
      JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
     WHERE e.tenant_id = app_current_tenant() AND e.worker_id = ${id} AND e.status = 'attended'
       AND (s.starts_at AT TIME ZONE 'Europe/Brussels')::date BETWEEN ${from}::date AND ${to}::date
     ORDER BY s.starts_at`);
  const skills = await tx.execute<{ name: string; obtainedOn: string }>(sql`
    SELECT k.name, ws.obtained_on::text AS "obtainedOn" FROM worker_skills ws JOIN skills k ON k.tenant_id = ws.tenant_id AND k.id = ws.skill_id
     WHERE ws.tenant_id = app_current_tenant() AND ws.worker_id = ${id} AND ws.obtained_on BETWEEN ${from}::date AND ${to}::date
     ORDER BY ws.obtained_on, k.name`);
  const goals = await coaching.goalsOf(tx, id);
  const evaluations = (await coaching.evaluationsOf(tx, id)).filter((e) => e.heldOn >= from && e.heldOn <= to);
  const outcomes = await coaching.outcomesOf(tx, id);
  const feedback = await tx.execute<{ answer: string | null; n: number }>(sql`
    SELECT answer, count(*)::int AS n FROM client_feedback_requests
     WHERE tenant_id = app_current_tenant() AND worker_id = ${id} AND month BETWEEN ${from.slice(0, 7)} AND ${to.slice(0, 7)} GROUP BY answer`);
  const count = (a: string | null) => feedback.find((f) => f.answer === a)?.n ?? 0;
  const [org] = await tx.execute<{ name: string }>(sql`SELECT name FROM tenants WHERE id = app_current_tenant()`);

  const content = {
    hours: hours.map((h) => ({ month: h.month, minutes: h.minutes })),
    activities: activities.map((a) => ({ code: a.code, name: a.name, minutes: a.minutes })),
    trainings: { attended: attended.map((t) => ({ ...t })), skills: skills.map((s) => ({ ...s })) },
    goals: goals.map((g) => ({
      name: g.name,
      status: g.status as string,
      evaluations: evaluations.flatMap((e) =>
        outcomes.filter((o) => o.evaluationId === e.id && o.goalId === g.id).map((o) => ({ heldOn: e.heldOn, moment: e.moment, outcome: o.outcome as string })),
      ),
    })),
    client_feedback: { good: count("good"), could_be_better: count("could_be_better"), not_good: count("not_good"), unanswered: count(null) },
  };
  return {
    worker: { id, name: w.name, referrer: w.referrer, referralReference: w.referralReference },
    organisation: org?.name ?? "",
    period: { from, to },
    madeOn: today,
    ...filterByConsent(content, asRecords(await consentRows(tx, id)), today),
  };
}

export type Report = Awaited<ReturnType<typeof reportOf>>;
