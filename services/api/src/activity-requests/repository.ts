import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import type { ActivityRequestStatus } from "@wijkwerk/domain";

/** Every query of activity requests, inside the caller's tenant transaction; results typed here. */

export type ActivityRequestRow = {
  id: string;
  client_id: string;
  client_name: string;
  client_type: string;
  municipality_id: string;
  municipality_name: string;
  activity_code: string | null;
  activity_name: string | null;
  wish: string;
  status: ActivityRequestStatus;
  answer: string | null;
  answered_at: string | null;
  created_at: string;
};

const SELECT = sql`
  SELECT r.id, r.client_id, c.name AS client_name, c.type AS client_type, r.municipality_id, m.name AS municipality_name,
         r.activity_code, a.name AS activity_name, r.wish, r.status, r.answer, r.answered_at::text, r.created_at::text
    FROM activity_requests r
    JOIN clients c ON c.tenant_id = r.tenant_id AND c.id = r.client_id
    JOIN municipalities m ON m.tenant_id = r.tenant_id AND m.id = r.municipality_id
    LEFT JOIN activities a ON a.code = r.activity_code`;

export async function findRequest(tx: Tx, id: string, lock = false): Promise<ActivityRequestRow | undefined> {
  const [row] = await tx.execute<ActivityRequestRow>(
    sql`${SELECT} WHERE r.tenant_id = app_current_tenant() AND r.id = ${id} ${lock ? sql`FOR UPDATE OF r` : sql``}`,
  );
  return row;
}

/** Open and forwarded first (what the admin still has to do), then newest first; keyset-paged. */
export async function listRequests(
  tx: Tx,
  q: { status?: ActivityRequestStatus | undefined; clientId?: string | undefined; after: readonly unknown[] | undefined; limit: number },
): Promise<ActivityRequestRow[]> {
  return tx.execute<ActivityRequestRow>(sql`
    ${SELECT}
     WHERE r.tenant_id = app_current_tenant()
       ${q.status ? sql`AND r.status = ${q.status}` : sql``}
       ${q.clientId ? sql`AND r.client_id = ${q.clientId}` : sql``}
       ${q.after ? sql`AND (r.created_at, r.id) < (${String(q.after[0])}::timestamptz, ${String(q.after[1])}::uuid)` : sql``}
     ORDER BY r.created_at DESC, r.id DESC LIMIT ${q.limit + 1}`);
}

export type ClientPlace = { id: string; type: string; municipality_id: string };

export async function clientPlace(tx: Tx, clientId: string): Promise<ClientPlace | undefined> {
  const [row] = await tx.execute<ClientPlace>(sql`SELECT id, type, municipality_id FROM clients WHERE tenant_id = app_current_tenant() AND id = ${clientId}`);
  return row;
}

/** The client types the Flemish list allows for an activity; undefined when it is not on the list. */
export async function permittedTypes(tx: Tx, activityCode: string): Promise<string[] | undefined> {
  const [row] = await tx.execute<{ client_types: string[] }>(sql`SELECT client_types FROM activities WHERE code = ${activityCode}`);
  return row?.client_types;
}

/** The kinds of client the municipality offers an activity to; null when it has not picked it. */
export async function municipalityPermits(tx: Tx, municipalityId: string, activityCode: string): Promise<string[] | null> {
  const [row] = await tx.execute<{ client_types: string[] }>(sql`
    SELECT client_types FROM municipality_activities
     WHERE tenant_id = app_current_tenant() AND municipality_id = ${municipalityId} AND activity_code = ${activityCode}`);
  return row?.client_types ?? null;
}

export async function insertRequest(
  tx: Tx,
  tenantId: string,
  r: { clientId: string; municipalityId: string; activityCode: string | null; wish: string },
): Promise<string> {
  const id = randomUUID();
  await tx.execute(sql`
    INSERT INTO activity_requests (tenant_id, id, client_id, municipality_id, activity_code, wish)
    VALUES (${tenantId}, ${id}, ${r.clientId}, ${r.municipalityId}, ${r.activityCode}, ${r.wish})`);
  return id;
}

export async function recordAnswer(
  tx: Tx,
  id: string,
  a: { status: ActivityRequestStatus; activityCode: string | null; answer: string | null; answeredBy: string },
): Promise<void> {
  await tx.execute(sql`
    UPDATE activity_requests SET status = ${a.status}, activity_code = ${a.activityCode}, answer = ${a.answer}, answered_by = ${a.answeredBy}, answered_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${id}`);
}

/** Granting: the client's type joins the activity in its municipality (RULES §3), whatever was there already. */
export async function allowForType(tx: Tx, tenantId: string, municipalityId: string, activityCode: string, clientType: string): Promise<void> {
  await tx.execute(sql`
    INSERT INTO municipality_activities (tenant_id, municipality_id, activity_code, client_types)
    VALUES (${tenantId}, ${municipalityId}, ${activityCode}, ARRAY[${clientType}]::text[])
    ON CONFLICT (tenant_id, municipality_id, activity_code) DO UPDATE
       SET client_types = CASE WHEN ${clientType} = ANY (municipality_activities.client_types) THEN municipality_activities.client_types
                               ELSE municipality_activities.client_types || ARRAY[${clientType}]::text[] END`);
}
