import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { evaluationMoments, evaluationsDue, type CoachingSettings } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";

/**
 * The trajectory's part of the consultant's worklist (issue 19): evaluations due (evaluationsDue in
 * packages/domain) and follow-ups due 9 months after an exit. A consultant sees the workers they
 * coach; an admin sees all.
 */
const SHOWN = 50;
const mine = (actor: TokenClaims) => (actor.role === "admin" ? sql`true` : sql`w.consultant_id = ${actor.sub}`);

export type EvaluationDue = { workerId: string; workerName: string; agreementId: string; moment: string; dueOn: string };
export type FollowUpDue = { exitId: string; workerId: string; workerName: string; reason: string; exitDate: string; dueOn: string };

export async function evaluationsDueFor(tx: Tx, actor: TokenClaims, today: string, settings: CoachingSettings) {
  const agreements = await tx.execute<{ id: string; workerId: string; workerName: string; startDate: string; endDate: string | null; done: string[] }>(sql`
    SELECT a.id, a.worker_id AS "workerId", w.first_name || ' ' || w.last_name AS "workerName", a.start_date::text AS "startDate", a.end_date::text AS "endDate",
           coalesce((SELECT array_agg(e.moment) FROM coaching_evaluations e WHERE e.tenant_id = a.tenant_id AND e.agreement_id = a.id), '{}') AS done
      FROM worker_agreements a JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant() AND w.status = 'active' AND ${mine(actor)}
       AND a.start_date <= ${today}::date AND (a.end_date IS NULL OR a.end_date >= ${today}::date)
       AND NOT EXISTS (SELECT 1 FROM coaching_exits x WHERE x.tenant_id = a.tenant_id AND x.agreement_id = a.id)`);
  const due: EvaluationDue[] = agreements.flatMap((a) =>
    evaluationsDue(evaluationMoments(a, settings), a.done, today).map((m) => ({
      workerId: a.workerId,
      workerName: a.workerName,
      agreementId: a.id,
      moment: m.key,
      dueOn: m.dueOn,
    })),
  );
  due.sort((x, y) => (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : x.workerName.localeCompare(y.workerName)));
  return { total: due.length, items: due.slice(0, SHOWN) };
}

export async function followUpsDueFor(tx: Tx, actor: TokenClaims, today: string) {
  const rows = await tx.execute<FollowUpDue & { total: number }>(sql`
    SELECT x.id AS "exitId", x.worker_id AS "workerId", w.first_name || ' ' || w.last_name AS "workerName", x.reason, x.exit_date::text AS "exitDate",
           x.follow_up_due_on::text AS "dueOn", count(*) OVER ()::int AS total
      FROM coaching_exits x JOIN workers w ON w.tenant_id = x.tenant_id AND w.id = x.worker_id
     WHERE x.tenant_id = app_current_tenant() AND ${mine(actor)} AND x.follow_up_due_on <= ${today}::date
       AND NOT EXISTS (SELECT 1 FROM coaching_follow_ups f WHERE f.tenant_id = x.tenant_id AND f.exit_id = x.id)
     ORDER BY x.follow_up_due_on, x.id LIMIT ${SHOWN}`);
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...r }) => r) };
}
