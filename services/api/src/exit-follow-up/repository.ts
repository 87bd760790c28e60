import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { encryption, type Database, type Tx } from "@wijkwerk/db";

/** Queries of the worker's follow-up question 9 months after the exit (issue 19), behind /v/<code>. */

export async function tenantOfCode(database: Database, hash: Buffer): Promise<string | undefined> {
  const [row] = await database.sql<{ id: string | null }[]>`SELECT app_tenant_id_by_follow_up_code(${hash}) AS id`;
  return row?.id ?? undefined;
}

export type LinkRow = {
  id: string;
  exit_id: string;
  worker_id: string;
  first_name: string;
  organisation: string;
  language: string;
  expired: boolean;
  situation: "in_work" | "training" | "none" | null;
};

export async function linkByHash(tx: Tx, hash: Buffer, lock = false): Promise<LinkRow | undefined> {
  const [row] = await tx.execute<LinkRow>(sql`
    SELECT r.id, r.exit_id, r.worker_id, w.first_name, t.name AS organisation, w.language, r.expires_at <= now() AS expired, f.situation
      FROM exit_follow_up_requests r
      JOIN workers w ON w.tenant_id = r.tenant_id AND w.id = r.worker_id
      JOIN tenants t ON t.id = r.tenant_id
      LEFT JOIN coaching_follow_ups f ON f.tenant_id = r.tenant_id AND f.id = r.follow_up_id
     WHERE r.tenant_id = app_current_tenant() AND r.code_hash = ${hash} ${lock ? sql`FOR UPDATE OF r` : sql``}`);
  return row;
}

/** The worker's answer as a follow-up of coaching's exit with source 'sms' (no staff member recorded it). */
export async function recordAnswer(tx: Tx, link: LinkRow, situation: string, recordedOn: string): Promise<string> {
  const id = randomUUID();
  await tx.execute(sql`
    INSERT INTO coaching_follow_ups (tenant_id, id, exit_id, worker_id, situation, source, recorded_on, recorded_by, notes)
    VALUES (app_current_tenant(), ${id}, ${link.exit_id}, ${link.worker_id}, ${situation}, 'sms', ${recordedOn}::date, NULL, ${encryption.sealText("")})`);
  await tx.execute(
    sql`UPDATE exit_follow_up_requests SET answered_at = now(), follow_up_id = ${id} WHERE tenant_id = app_current_tenant() AND id = ${link.id}`,
  );
  return id;
}
