import { sql } from "drizzle-orm";
import type { Database, Tx } from "@wijkwerk/db";
import { isoBrussels } from "@wijkwerk/domain";

/** Queries of the client's feedback questions (issue 19): the link behind /f/<code>, and a worker's answers. */

/** The tenant of a feedback code's hash, before any tenant is known (SECURITY DEFINER function; nothing else leaks). */
export async function tenantOfCode(database: Database, hash: Buffer): Promise<string | undefined> {
  const [row] = await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_feedback_code(${hash}) AS id`;
  return row?.id ?? undefined;
}

export type LinkRow = {
  id: string;
  worker_id: string;
  client_id: string;
  month: string;
  first_name: string;
  organisation: string;
  language: string;
  expired: boolean;
  answer: string | null;
  comment: string | null;
};

export async function linkByHash(tx: Tx, hash: Buffer, lock = false): Promise<LinkRow | undefined> {
  const [row] = await tx.execute<LinkRow>(sql`
    SELECT r.id, r.worker_id, r.client_id, r.month, w.first_name, t.name AS organisation, c.language, r.expires_at <= now() AS expired, r.answer, r.comment
      FROM client_feedback_requests r
      JOIN workers w ON w.tenant_id = r.tenant_id AND w.id = r.worker_id
      JOIN clients c ON c.tenant_id = r.tenant_id AND c.id = r.client_id
      JOIN tenants t ON t.id = r.tenant_id
     WHERE r.tenant_id = app_current_tenant() AND r.code_hash = ${hash} ${lock ? sql`FOR UPDATE OF r` : sql``}`);
  return row;
}

export async function saveAnswer(tx: Tx, id: string, answer: string, comment: string | null): Promise<void> {
  await tx.execute(sql`
    UPDATE client_feedback_requests SET answer = ${answer}, comment = ${comment}, answered_at = now() WHERE tenant_id = app_current_tenant() AND id = ${id}`);
}

type ItemRow = {
  id: string;
  client_id: string;
  client_name: string;
  month: string;
  minutes: number;
  channel: "sms" | "email";
  created_at: string;
  answer: "good" | "could_be_better" | "not_good" | null;
  comment: string | null;
  answered_at: string | null;
};

/** A worker's feedback from clients, newest month first (for the consultant only). */
export async function feedbackOf(tx: Tx, workerId: string) {
  const rows = await tx.execute<ItemRow>(sql`
    SELECT r.id, r.client_id, c.name AS client_name, r.month, r.minutes, r.channel, r.created_at::text AS created_at, r.answer, r.comment,
           r.answered_at::text AS answered_at
      FROM client_feedback_requests r JOIN clients c ON c.tenant_id = r.tenant_id AND c.id = r.client_id
     WHERE r.tenant_id = app_current_tenant() AND r.worker_id = ${workerId}
     ORDER BY r.month DESC, c.name, r.id`);
  return rows.map((r) => ({
    id: r.id,
    client: { id: r.client_id, name: r.client_name },
    month: r.month,
    minutes: r.minutes,
    channel: r.channel,
    askedAt: isoBrussels(r.created_at),
    answer: r.answer,
    comment: r.comment,
    answeredAt: r.answered_at ? isoBrussels(r.answered_at) : null,
  }));
}
