import { sql } from "drizzle-orm";
import type { Database, Tx } from "@wijkwerk/db";

/** Queries of the short answer links (/j/<code>) and of what a worker is shown about an assignment. */

/** The tenant of an answer code's hash, before any tenant is known (SECURITY DEFINER function; nothing else leaks). */
export async function tenantOfCode(database: Database, hash: Buffer): Promise<string | undefined> {
  const [row] = await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_answer_code(${hash}) AS id`;
  return row?.id ?? undefined;
}

export type LinkRow = { id: string; assignment_id: string; worker_id: string; used_at: string | null; expires_at: string };

export async function linkByHash(tx: Tx, hash: Buffer, lock = false): Promise<LinkRow | undefined> {
  const [row] = await tx.execute<LinkRow>(sql`
    SELECT id, assignment_id, worker_id, used_at::text AS used_at, expires_at::text AS expires_at FROM assignment_response_tokens
     WHERE tenant_id = app_current_tenant() AND code_hash = ${hash} ${lock ? sql`FOR UPDATE` : sql``}`);
  return row;
}

/** What a worker is shown of an assignment: what, where, for whom, when; and whether someone else took the job. */
export type WorkerViewRow = {
  id: string;
  job_id: string;
  worker_id: string;
  status: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
  expires_at: string | null;
  responded_at: string | null;
  response_reason: string | null;
  live: boolean;
  taken: boolean;
  activity_code: string;
  activity_name: string;
  client_first_name: string;
  street: string;
  house_number: string;
  postal_code: string;
  municipality: string;
  neighbourhood: string | null;
  worker_language: string;
  from_lat: number | null;
  from_lon: number | null;
  to_lat: number | null;
  to_lon: number | null;
};

export async function workerViews(tx: Tx, ids: readonly string[]): Promise<WorkerViewRow[]> {
  if (ids.length === 0) return [];
  return tx.execute<WorkerViewRow>(sql`
    SELECT a.id, a.job_id, a.worker_id, a.status, a.starts_at::text AS starts_at, a.ends_at::text AS ends_at, a.minutes,
           a.expires_at::text AS expires_at, a.responded_at::text AS responded_at, a.response_reason,
           (a.expires_at IS NULL OR a.expires_at > now()) AS live,
           EXISTS (SELECT 1 FROM assignments o WHERE o.tenant_id = a.tenant_id AND o.job_id = a.job_id AND o.id <> a.id AND o.status IN ('accepted', 'completed')) AS taken,
           j.activity_code, act.name AS activity_name, c.contact_first_name AS client_first_name,
           c.street, c.house_number, c.postal_code, m.name AS municipality, n.name AS neighbourhood, w.language AS worker_language,
           coalesce(w.lat, wn.lat) AS from_lat, coalesce(w.lon, wn.lon) AS from_lon, coalesce(c.lat, n.lat) AS to_lat, coalesce(c.lon, n.lon) AS to_lon
      FROM assignments a
      JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
      JOIN activities act ON act.code = j.activity_code
      JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
      JOIN municipalities m ON m.tenant_id = c.tenant_id AND m.id = c.municipality_id
      LEFT JOIN neighbourhoods n ON n.tenant_id = c.tenant_id AND n.id = coalesce(c.neighbourhood_id, j.neighbourhood_id)
      JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
      LEFT JOIN neighbourhoods wn ON wn.tenant_id = w.tenant_id AND wn.id = w.neighbourhood_id
     WHERE a.tenant_id = app_current_tenant() AND a.id = ANY(${`{${ids.join(",")}}`}::uuid[])`);
}
