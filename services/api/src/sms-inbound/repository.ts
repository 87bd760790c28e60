import { sql } from "drizzle-orm";
import type { Database, Tx } from "@wijkwerk/db";

/** Queries of inbound SMS (issue 17): routing a number to a tenant, receipts, the stored replies. */

/** The worker (and tenant) an inbound number belongs to: the one with an open proposal, else the newest record. */
export async function route(database: Database, phone: string): Promise<{ tenant_id: string; worker_id: string } | undefined> {
  const [row] = await database.sql<{ tenant_id: string; worker_id: string }[]>`SELECT tenant_id, worker_id FROM app_sms_inbound_route(${phone})`;
  return row;
}

/** Claims a gateway messageId (idempotency across tenants); true the first time. Inside the handling transaction. */
export async function claim(tx: Tx, messageId: string, from: string, receivedAt: string): Promise<boolean> {
  const [row] = await tx.execute<{ fresh: boolean }>(sql`SELECT app_sms_inbound_claim(${messageId}, ${from}, ${receivedAt}::timestamptz) AS fresh`);
  return row?.fresh === true;
}

/** The same claim for a number no tenant knows (its own short transaction). */
export async function claimUnrouted(database: Database, messageId: string, from: string, receivedAt: string): Promise<boolean> {
  const [row] = await database.sql<{ fresh: boolean }[]>`SELECT app_sms_inbound_claim(${messageId}, ${from}, ${receivedAt}::timestamptz) AS fresh`;
  return row?.fresh === true;
}

/** STOP: no more SMS to this number, for every worker and client record that has it (every tenant). */
export async function optOut(database: Database, phone: string): Promise<number> {
  const [row] = await database.sql<{ n: number }[]>`SELECT app_sms_opt_out(${phone}) AS n`;
  return row?.n ?? 0;
}

/** START (issue 20) in the transaction that stores the message and its confirmation SMS (handle.ts). */
export async function optInTx(tx: Tx, phone: string): Promise<number> {
  const [row] = await tx.execute<{ n: number }>(sql`SELECT app_sms_opt_in(${phone}) AS n`);
  return Number(row?.n ?? 0);
}

/** START (issue 20): SMS again to this number, for every worker and client record that has it (every tenant). */
export async function optIn(database: Database, phone: string): Promise<number> {
  const [row] = await database.sql<{ n: number }[]>`SELECT app_sms_opt_in(${phone}) AS n`;
  return row?.n ?? 0;
}

export type InboundRow = {
  id: string;
  message_id: string;
  from_phone: string;
  worker_id: string | null;
  text: string;
  interpretation: string;
  outcome: string;
  assignment_id: string | null;
  reply: string | null;
  received_at: string;
};

export async function byMessageId(tx: Tx, messageId: string): Promise<InboundRow | undefined> {
  const [row] = await tx.execute<InboundRow>(sql`
    SELECT id, message_id, from_phone, worker_id, text, interpretation, outcome, assignment_id, reply, received_at::text AS received_at
      FROM sms_inbound WHERE tenant_id = app_current_tenant() AND message_id = ${messageId}`);
  return row;
}

export async function insert(tx: Tx, r: Omit<InboundRow, "received_at"> & { received_at: string }): Promise<void> {
  await tx.execute(sql`
    INSERT INTO sms_inbound (tenant_id, id, message_id, from_phone, worker_id, text, interpretation, outcome, assignment_id, reply, received_at)
    VALUES (app_current_tenant(), ${r.id}, ${r.message_id}, ${r.from_phone}, ${r.worker_id}, ${r.text}, ${r.interpretation}, ${r.outcome},
            ${r.assignment_id}, ${r.reply}, ${r.received_at}::timestamptz)`);
}

/** Whether this number got a help SMS in the last hour (one per hour: two gateways cannot ping-pong). */
export async function helpedWithinHour(tx: Tx, phone: string): Promise<boolean> {
  const rows = await tx.execute<{ x: number }>(sql`
    SELECT 1 AS x FROM sms_inbound WHERE tenant_id = app_current_tenant() AND from_phone = ${phone} AND reply = 'help' AND created_at > now() - interval '1 hour' LIMIT 1`);
  return rows.length > 0;
}

/** The worker's open (proposed, not expired) proposals, most recently proposed first. */
export async function openProposals(tx: Tx, workerId: string): Promise<{ id: string }[]> {
  return tx.execute<{ id: string }>(sql`
    SELECT id FROM assignments
     WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND status = 'proposed' AND (expires_at IS NULL OR expires_at > now())
     ORDER BY created_at DESC, id DESC`);
}

export async function listForWorker(tx: Tx, workerId: string, limit: number): Promise<InboundRow[]> {
  return tx.execute<InboundRow>(sql`
    SELECT id, message_id, from_phone, worker_id, text, interpretation, outcome, assignment_id, reply, received_at::text AS received_at
      FROM sms_inbound WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId}
     ORDER BY received_at DESC, id DESC LIMIT ${limit}`);
}

export async function workerExists(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.execute<{ x: number }>(sql`SELECT 1 AS x FROM workers WHERE tenant_id = app_current_tenant() AND id = ${id}`);
  return rows.length > 0;
}
