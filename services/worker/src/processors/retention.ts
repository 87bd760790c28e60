import type { Job } from "bullmq";
import { sql } from "drizzle-orm";
import { privacy, type Database, type Tx } from "@wijkwerk/db";
import { brusselsDateOf, clientRetentionEvent, isPastRetention, RETENTION_RULES, retentionCutoff, workerRetentionEvent } from "@wijkwerk/domain";
import { QUEUES } from "@wijkwerk/queue";
import { registerProcessors } from "./index.ts";

const nowOf = (job: Job): Date => (typeof job.data?.now === "string" ? new Date(job.data.now) : new Date());
const ACTOR = "privacy.retention";

export interface SweepResult {
  workersErased: number;
  clientsErased: number;
  /** Persons past their period whose money or work is still open: left alone, tried again tomorrow. */
  skippedOpen: number;
  coachingDeleted: number;
  codesDeleted: number;
  bodiesBlanked: number;
  inboundSmsDeleted: number;
  idempotencyKeysDeleted: number;
  /** Deactivated staff accounts emptied (sessions, links, credentials, e-mail). */
  staffAccountsErased: number;
  staffSessionsDeleted: number;
}

async function audit(tx: Tx, entity: string, entityId: string | null, action: string, after: unknown): Promise<void> {
  await tx.execute(sql`INSERT INTO audit_log (tenant_id, actor_type, actor_id, action, entity, entity_id, after)
    VALUES (app_current_tenant(), 'system', ${ACTOR}, ${action}, ${entity}, ${entityId}, ${JSON.stringify(after)}::jsonb)`);
}

async function count(tx: Tx, statement: ReturnType<typeof sql>): Promise<number> {
  const [r] = await tx.execute<{ n: number }>(sql`WITH s AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM s`);
  return Number(r?.n ?? 0);
}

/**
 * Issue 20, the daily retention sweep: applies RETENTION_RULES (packages/domain) to every tenant.
 * Persons past their period with nothing open are erased as on request (pseudonymised, the books
 * kept); coaching records, one-time codes, old message bodies, inbound SMS and stored idempotent
 * requests past theirs are deleted or emptied, and deactivated staff accounts past theirs emptied. Idempotent: what is erased or deleted is not found again, so a second run
 * (or a second replica) changes nothing. Every change is audited, counts only.
 */
export async function sweepRetention(database: Database, now: Date = new Date()): Promise<SweepResult> {
  const today = brusselsDateOf(now);
  const result: SweepResult = {
    workersErased: 0,
    clientsErased: 0,
    skippedOpen: 0,
    coachingDeleted: 0,
    codesDeleted: 0,
    bodiesBlanked: 0,
    inboundSmsDeleted: 0,
    idempotencyKeysDeleted: 0,
    staffAccountsErased: 0,
    staffSessionsDeleted: 0,
  };
  const tenants = await database.sql<{ id: string }[]>`SELECT id FROM tenants ORDER BY id`;
  for (const { id: tenantId } of tenants) {
    await database.withTenant(tenantId, async (tx) => {
      await erasePersons(tx, tenantId, today, result);
      await deleteOldCoaching(tx, tenantId, today, result);
      await deleteExpiredData(tx, today, result);
      await eraseStaffAccounts(tx, today, result);
    });
  }
  return result;
}

async function erasePersons(tx: Tx, tenantId: string, today: string, result: SweepResult): Promise<void> {
  const workers = await tx.execute<{ id: string; ends: (string | null)[]; last_work: string | null; registered: string }>(sql`
    SELECT w.id,
           COALESCE((SELECT array_agg(a.end_date::text) FROM worker_agreements a WHERE a.tenant_id = w.tenant_id AND a.worker_id = w.id), '{}') AS ends,
           (SELECT max(te.work_date)::text FROM time_entries te WHERE te.tenant_id = w.tenant_id AND te.worker_id = w.id) AS last_work,
           (w.created_at AT TIME ZONE 'Europe/Brussels')::date::text AS registered
      FROM workers w WHERE w.tenant_id = app_current_tenant() AND w.erased_at IS NULL`);
  for (const w of workers) {
    const event = workerRetentionEvent({ agreementEnds: w.ends, lastWorkDate: w.last_work, registeredOn: w.registered });
    if (!event || !isPastRetention(RETENTION_RULES.worker_identity, event, today)) continue;
    await tx.execute(sql`SELECT 1 FROM workers WHERE tenant_id = app_current_tenant() AND id = ${w.id} FOR UPDATE`);
    const open = await privacy.workerOpenItems(tx, tenantId, w.id);
    if (privacy.hasOpenItems(open)) {
      result.skippedOpen++;
      continue;
    }
    const steps = await privacy.eraseWorker(tx, tenantId, w.id, "retention");
    await audit(tx, "worker", w.id, "erase", { reason: "retention", countedFrom: event, steps });
    result.workersErased++;
  }
  const clients = await tx.execute<{ id: string; ends: string[]; last_activity: string | null; registered: string }>(sql`
    SELECT c.id,
           COALESCE((SELECT array_agg(a.end_date::text) FROM client_agreements a WHERE a.tenant_id = c.tenant_id AND a.client_id = c.id), '{}') AS ends,
           GREATEST(
             (SELECT max(te.work_date) FROM time_entries te WHERE te.tenant_id = c.tenant_id AND te.client_id = c.id),
             (SELECT max((o.created_at AT TIME ZONE 'Europe/Brussels')::date) FROM voucher_orders o WHERE o.tenant_id = c.tenant_id AND o.client_id = c.id),
             (SELECT max((j.created_at AT TIME ZONE 'Europe/Brussels')::date) FROM jobs j WHERE j.tenant_id = c.tenant_id AND j.client_id = c.id)
           )::text AS last_activity,
           (c.created_at AT TIME ZONE 'Europe/Brussels')::date::text AS registered
      FROM clients c WHERE c.tenant_id = app_current_tenant() AND c.erased_at IS NULL`);
  for (const c of clients) {
    const event = clientRetentionEvent({ agreementEnds: c.ends, lastActivityOn: c.last_activity, registeredOn: c.registered });
    if (!isPastRetention(RETENTION_RULES.client_identity, event, today)) continue;
    await tx.execute(sql`SELECT 1 FROM clients WHERE tenant_id = app_current_tenant() AND id = ${c.id} FOR UPDATE`);
    const open = await privacy.clientOpenItems(tx, tenantId, c.id);
    if (privacy.hasOpenItems(open)) {
      result.skippedOpen++;
      continue;
    }
    const steps = await privacy.eraseClient(tx, tenantId, c.id, "retention");
    await audit(tx, "client", c.id, "erase", { reason: "retention", countedFrom: event, steps });
    result.clientsErased++;
  }
}

/** Coaching records of trajectories that ended (last agreement over, or the exit) more than the rule's period ago. */
async function deleteOldCoaching(tx: Tx, tenantId: string, today: string, result: SweepResult): Promise<void> {
  const cutoff = retentionCutoff(RETENTION_RULES.coaching_notes, today);
  const due = await tx.execute<{ worker_id: string }>(sql`
    SELECT w.id AS worker_id FROM workers w
     WHERE w.tenant_id = app_current_tenant()
       AND (EXISTS (SELECT 1 FROM coaching_intakes x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id)
         OR EXISTS (SELECT 1 FROM coaching_goals x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id)
         OR EXISTS (SELECT 1 FROM coaching_conversations x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id)
         OR EXISTS (SELECT 1 FROM coaching_exits x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id))
       AND NOT EXISTS (SELECT 1 FROM worker_agreements a WHERE a.tenant_id = w.tenant_id AND a.worker_id = w.id AND (a.end_date IS NULL OR a.end_date >= ${cutoff}::date))
       AND NOT EXISTS (SELECT 1 FROM coaching_exits x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id AND x.exit_date >= ${cutoff}::date)
       AND NOT EXISTS (SELECT 1 FROM coaching_conversations x WHERE x.tenant_id = w.tenant_id AND x.worker_id = w.id AND x.held_on >= ${cutoff}::date)`);
  for (const { worker_id } of due) {
    const steps: privacy.ErasureSteps = {};
    await privacy.deleteCoaching(tx, steps, tenantId, worker_id);
    await audit(tx, "coaching", worker_id, "retention_delete", { workerId: worker_id, steps });
    result.coachingDeleted++;
  }
}

/** One-time codes, message bodies and inbound SMS past their period: one audit row per tenant and kind, with the count. */
async function deleteExpiredData(tx: Tx, today: string, result: SweepResult): Promise<void> {
  const codes = retentionCutoff(RETENTION_RULES.one_time_codes, today);
  const n =
    (await count(tx, sql`DELETE FROM auth_codes WHERE tenant_id = app_current_tenant() AND expires_at < ${codes}::date`)) +
    (await count(tx, sql`DELETE FROM assignment_response_tokens WHERE tenant_id = app_current_tenant() AND expires_at < ${codes}::date`)) +
    (await count(tx, sql`DELETE FROM staff_links WHERE tenant_id = app_current_tenant() AND expires_at < ${codes}::date`));
  if (n > 0) await audit(tx, "retention", null, "one_time_codes_deleted", { count: n, before: codes });
  result.codesDeleted += n;
  const bodies = retentionCutoff(RETENTION_RULES.message_bodies, today);
  const b = await count(
    tx,
    sql`UPDATE deliveries SET subject = NULL, body_text = NULL, body_html = NULL, to_address = NULL
         WHERE tenant_id = app_current_tenant() AND created_at < ${bodies}::date
           AND (subject IS NOT NULL OR body_text IS NOT NULL OR body_html IS NOT NULL OR to_address IS NOT NULL)`,
  );
  if (b > 0) await audit(tx, "retention", null, "message_bodies_blanked", { count: b, before: bodies });
  result.bodiesBlanked += b;
  const sms = retentionCutoff(RETENTION_RULES.inbound_sms, today);
  const s = await count(tx, sql`DELETE FROM sms_inbound WHERE tenant_id = app_current_tenant() AND received_at < ${sms}::date`);
  if (s > 0) await audit(tx, "retention", null, "inbound_sms_deleted", { count: s, before: sms });
  result.inboundSmsDeleted += s;
  const keys = retentionCutoff(RETENTION_RULES.idempotency_keys, today);
  const k = await count(tx, sql`DELETE FROM idempotency_keys WHERE tenant_id = app_current_tenant() AND created_at < ${keys}::date`);
  if (k > 0) await audit(tx, "retention", null, "idempotency_keys_deleted", { count: k, before: keys });
  result.idempotencyKeysDeleted += k;
}

/**
 * Staff accounts deactivated longer ago than RETENTION_RULES.staff_accounts: their sessions, links
 * and area are deleted, e-mail, password and second factor emptied. The row and the name stay (the
 * audit log names staff by id); `erased_at` marks it, so the next run does not find it again. The
 * e-mail becomes a placeholder with the id (the column is unique per tenant), so the address is free
 * for a new account.
 */
async function eraseStaffAccounts(tx: Tx, today: string, result: SweepResult): Promise<void> {
  const cutoff = retentionCutoff(RETENTION_RULES.staff_accounts, today);
  const due = await tx.execute<{ id: string; deactivated_on: string }>(sql`
    SELECT id, (deactivated_at AT TIME ZONE 'Europe/Brussels')::date::text AS deactivated_on FROM staff
     WHERE tenant_id = app_current_tenant() AND NOT active AND erased_at IS NULL
       AND (deactivated_at AT TIME ZONE 'Europe/Brussels')::date < ${cutoff}::date
     ORDER BY id FOR UPDATE`);
  for (const { id, deactivated_on } of due) {
    const sessions = await count(tx, sql`DELETE FROM staff_sessions WHERE tenant_id = app_current_tenant() AND staff_id = ${id}`);
    const links = await count(tx, sql`DELETE FROM staff_links WHERE tenant_id = app_current_tenant() AND staff_id = ${id}`);
    const area =
      (await count(tx, sql`DELETE FROM staff_area_municipalities WHERE tenant_id = app_current_tenant() AND staff_id = ${id}`)) +
      (await count(tx, sql`DELETE FROM staff_area_neighbourhoods WHERE tenant_id = app_current_tenant() AND staff_id = ${id}`));
    await tx.execute(sql`
      UPDATE staff SET email = ${`gewist-${id}@invalid`}, password_hash = 'erased', totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
             invited_at = NULL, erased_at = now()
       WHERE tenant_id = app_current_tenant() AND id = ${id}`);
    await audit(tx, "staff", id, "retention_erase", { deactivatedOn: deactivated_on, sessions, links, area });
    result.staffAccountsErased++;
    result.staffSessionsDeleted += sessions;
  }
}

registerProcessors(QUEUES.maintenance, {
  "privacy.retention": async (job, deps) => sweepRetention(deps.database, nowOf(job)),
});
