import { sql, type SQL } from "drizzle-orm";
import { coachingAccess } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { findWorker } from "../workers/read.ts";
import { appointmentsQuery, auditQuery, deliveriesQuery, exportRows, type ExportRow } from "./export-rows.ts";

export interface PersonExport {
  kind: "worker" | "client";
  id: string;
  exportedAt: string;
  person: ExportRow;
  categories: Record<string, ExportRow[]>;
  /** Categories left out, and why (e.g. the coaching record is only for the worker's own consultant and admins). */
  omitted: { category: string; reason: string }[];
}

const T = sql`app_current_tenant()`;

/**
 * Everything held about a worker (GDPR art. 15 and 20), one category per kind of record. Rows of
 * shared records (assignments, time entries, payout lines) carry the worker's side only: no
 * client names or addresses, no job descriptions (the client's words).
 */
export async function exportWorker(ctx: TenantContext, id: string): Promise<PersonExport> {
  const w = await findWorker(ctx.tx, id);
  const q: Record<string, SQL> = {
    availability: sql`SELECT weekday, from_time, to_time FROM worker_availability WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY weekday, from_time`,
    activities: sql`SELECT activity_code FROM worker_activities WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY activity_code`,
    skills: sql`SELECT s.name, ws.obtained_on FROM worker_skills ws JOIN skills s ON s.tenant_id = ws.tenant_id AND s.id = ws.skill_id
                 WHERE ws.tenant_id = ${T} AND ws.worker_id = ${id} ORDER BY s.name`,
    agreements: sql`SELECT id, start_date, end_date, legacy_pwa, pwa_agreement_date, re_referral_date, re_referred_by, created_at
                     FROM worker_agreements WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY start_date`,
    trainings: sql`SELECT t.name AS training, ts.starts_at, ts.ends_at, ts.location, e.status
                    FROM training_enrollments e JOIN training_sessions ts ON ts.tenant_id = e.tenant_id AND ts.id = e.session_id
                    JOIN trainings t ON t.tenant_id = ts.tenant_id AND t.id = ts.training_id
                   WHERE e.tenant_id = ${T} AND e.worker_id = ${id} ORDER BY ts.starts_at`,
    assignments: sql`SELECT a.id, j.activity_code, a.starts_at, a.ends_at, a.minutes, a.status, a.responded_at, a.response_reason, a.created_at
                      FROM assignments a JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
                     WHERE a.tenant_id = ${T} AND a.worker_id = ${id} ORDER BY a.starts_at`,
    timeEntries: sql`SELECT id, assignment_id, work_date, minutes, travel_tenths_km, vouchers, status, confirmed_at, confirmed_by, dispute_reason, created_at
                      FROM time_entries WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY work_date, created_at`,
    payouts: sql`SELECT r.month, r.status AS run_status, l.kind, l.minutes, l.vouchers, l.pay_cents, l.travel_cents, l.total_cents, l.iban, l.name, l.end_to_end_id
                  FROM payout_lines l JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id
                 WHERE l.tenant_id = ${T} AND l.worker_id = ${id} ORDER BY r.month, l.kind`,
    messages: deliveriesQuery("worker", id),
    smsReceived: sql`SELECT received_at, from_phone, text, interpretation, outcome FROM sms_inbound WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY received_at`,
    appointments: appointmentsQuery("worker", id),
    consents: sql`SELECT category, given_on, withdrawn_on FROM report_consents WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY given_on, category`,
    feedback: sql`SELECT month, minutes, answer, comment, answered_at FROM client_feedback_requests
                   WHERE tenant_id = ${T} AND worker_id = ${id} AND answered_at IS NOT NULL ORDER BY month`,
    handovers: sql`SELECT leaving_ends_on, status, (leaving_worker_id = ${id}) AS leaving, moved_at FROM handovers
                    WHERE tenant_id = ${T} AND (leaving_worker_id = ${id} OR successor_id = ${id}) ORDER BY leaving_ends_on`,
    audit: auditQuery("worker", id),
  };
  const coaching: Record<string, SQL> = {
    coachingIntake: sql`SELECT referrer_contact_name, referrer_contact_email, referrer_contact_phone, starting_situation, languages, learning_wishes, created_at
                         FROM coaching_intakes WHERE tenant_id = ${T} AND worker_id = ${id}`,
    coachingGoals: sql`SELECT gt.name AS goal, g.status, g.notes, g.created_at FROM coaching_goals g
                        JOIN coaching_goal_types gt ON gt.tenant_id = g.tenant_id AND gt.id = g.goal_type_id
                       WHERE g.tenant_id = ${T} AND g.worker_id = ${id} ORDER BY g.created_at`,
    coachingConversations: sql`SELECT held_on, notes FROM coaching_conversations WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY held_on`,
    coachingActions: sql`SELECT description, due_on, done_on FROM coaching_actions WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY due_on`,
    coachingEvaluations: sql`SELECT moment, held_on, notes FROM coaching_evaluations WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY held_on`,
    coachingEvaluationGoals: sql`SELECT e.moment, e.held_on, gt.name AS goal, o.outcome, o.note FROM coaching_evaluation_goals o
                                  JOIN coaching_evaluations e ON e.tenant_id = o.tenant_id AND e.id = o.evaluation_id
                                  JOIN coaching_goals g ON g.tenant_id = o.tenant_id AND g.id = o.goal_id
                                  JOIN coaching_goal_types gt ON gt.tenant_id = g.tenant_id AND gt.id = g.goal_type_id
                                 WHERE o.tenant_id = ${T} AND e.worker_id = ${id} ORDER BY e.held_on, gt.position, gt.name`,
    coachingExits: sql`SELECT reason, exit_date, follow_up_due_on, notes FROM coaching_exits WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY exit_date`,
    coachingFollowUps: sql`SELECT situation, source, recorded_on, notes FROM coaching_follow_ups WHERE tenant_id = ${T} AND worker_id = ${id} ORDER BY recorded_on`,
  };
  const omitted: PersonExport["omitted"] = [];
  if (coachingAccess({ role: ctx.actor.role, staffId: ctx.actor.sub }, w) === "allowed") Object.assign(q, coaching);
  else omitted.push({ category: "coaching", reason: "only for the worker's own consultant and admins" });
  const categories: Record<string, ExportRow[]> = {};
  for (const [name, query] of Object.entries(q)) categories[name] = await exportRows(ctx.tx, query);
  const [person] = await exportRows(
    ctx.tx,
    sql`SELECT id, first_name, last_name, national_number, phone, email, language, street, house_number, postal_code,
               (SELECT name FROM municipalities m WHERE m.tenant_id = w.tenant_id AND m.id = w.municipality_id) AS municipality,
               (SELECT name FROM neighbourhoods n WHERE n.tenant_id = w.tenant_id AND n.id = w.neighbourhood_id) AS neighbourhood,
               lat, lon, iban, referrer, referral_date, referral_reference, max_travel_km, status, sms_opt_out, email_opt_out,
               erased_at, erasure_reason, created_at, updated_at
          FROM workers w WHERE tenant_id = ${T} AND id = ${id}`,
  );
  await ctx.audit({
    entity: "worker",
    entityId: id,
    action: "data_export",
    after: { categories: Object.keys(categories), omitted: omitted.map((o) => o.category) },
  });
  return { kind: "worker", id, exportedAt: new Date().toISOString(), person: person!, categories, omitted };
}
