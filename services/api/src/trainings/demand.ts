import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** The training-demand report: where open klussen need a skill that too few workers nearby hold. */

export type DemandRow = {
  neighbourhood_id: string;
  neighbourhood_name: string;
  activity_code: string;
  skill_name: string;
  open_jobs: number;
  skill_id: string | null;
  qualified: number | null;
  training_id: string | null;
  next_session_id: string | null;
};

/**
 * Open klussen (window not ended) that need a skill, against active workers holding it who live in
 * the neighbourhood or an adjacent one; with a training granting the skill and its next session.
 */
export async function trainingDemand(tx: Tx): Promise<DemandRow[]> {
  return tx.execute<DemandRow>(sql`
    WITH demand AS (
      SELECT j.neighbourhood_id, j.activity_code, a.skill_name, count(*)::int AS open_jobs
        FROM jobs j JOIN activities a ON a.code = j.activity_code
       WHERE j.tenant_id = app_current_tenant() AND j.status = 'open' AND a.skill_name IS NOT NULL AND j.window_to > now()
       GROUP BY 1, 2, 3
    )
    SELECT d.neighbourhood_id, n.name AS neighbourhood_name, d.activity_code, d.skill_name, d.open_jobs, sk.id AS skill_id,
           (SELECT count(DISTINCT w.id)::int FROM workers w
              JOIN worker_skills ws ON ws.tenant_id = w.tenant_id AND ws.worker_id = w.id AND ws.skill_id = sk.id
             WHERE w.tenant_id = app_current_tenant() AND w.status = 'active'
               AND (w.neighbourhood_id = d.neighbourhood_id
                    OR EXISTS (SELECT 1 FROM neighbourhood_adjacency na
                                WHERE na.tenant_id = w.tenant_id AND na.neighbourhood_id = d.neighbourhood_id AND na.adjacent_id = w.neighbourhood_id))) AS qualified,
           (SELECT t.id FROM trainings t WHERE t.tenant_id = app_current_tenant() AND t.skill_id = sk.id ORDER BY t.created_at DESC, t.id LIMIT 1) AS training_id,
           (SELECT s.id FROM training_sessions s JOIN trainings t ON t.tenant_id = s.tenant_id AND t.id = s.training_id
             WHERE s.tenant_id = app_current_tenant() AND t.skill_id = sk.id AND s.starts_at > now() ORDER BY s.starts_at, s.id LIMIT 1) AS next_session_id
      FROM demand d
      JOIN neighbourhoods n ON n.tenant_id = app_current_tenant() AND n.id = d.neighbourhood_id
      LEFT JOIN skills sk ON sk.tenant_id = app_current_tenant() AND lower(sk.name) = lower(d.skill_name)
     ORDER BY n.name, d.activity_code`);
}
