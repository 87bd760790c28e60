import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { blankPersonalNumbers, ERASED_PHONE, pseudonymOf } from "./pseudonymise.ts";

export type ErasureReason = "request" | "retention";

/** What an erasure did, as counts per table and step: written to the audit trail, never the erased values. */
export type ErasureSteps = Record<string, number>;

async function step(tx: Tx, steps: ErasureSteps, name: string, statement: SQL): Promise<void> {
  const rows = await tx.execute<{ n: number }>(sql`WITH s AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM s`);
  steps[name] = Number(rows[0]?.n ?? 0);
}

/** Deletes the person's rows from each table, in this order, each counted as "<table>.deleted". */
async function deleteRows(tx: Tx, steps: ErasureSteps, t: string, column: "worker_id" | "client_id", id: string, tables: readonly string[]): Promise<void> {
  for (const table of tables)
    await step(tx, steps, `${table}.deleted`, sql`DELETE FROM ${sql.identifier(table)} WHERE tenant_id = ${t} AND ${sql.identifier(column)} = ${id}`);
}

/**
 * Erases a worker (issue 20): deletes what is not needed for the books (coaching trajectory,
 * consents, availability, activities, skills, trainings, codes, messages, inbound SMS, feedback
 * about them) and pseudonymises the worker row, which stays so that agreements, assignments, time
 * entries and payout lines keep their keys and totals. The caller has locked the row and checked
 * that nothing is open (workerOpenItems). Payout lines of exported runs keep the name and IBAN
 * the bank was paid with: they are the payment record (docs/PRIVACY.md).
 */
export async function eraseWorker(tx: Tx, tenantId: string, workerId: string, reason: ErasureReason): Promise<ErasureSteps> {
  const s: ErasureSteps = {};
  const t = tenantId;
  const w = workerId;
  await deleteCoaching(tx, s, t, w);
  await deleteRows(tx, s, t, "worker_id", w, [
    "report_consents",
    "worker_availability",
    "worker_activities",
    "worker_skills",
    "training_enrollments",
    "client_feedback_requests",
    "assignment_response_tokens",
    "sms_inbound",
  ]);
  await commonSteps(tx, s, t, "worker", w);
  await step(tx, s, "appointments.blanked", sql`UPDATE appointments SET name = NULL, phone = NULL, topic = '-' WHERE tenant_id = ${t} AND worker_id = ${w}`);
  await step(
    tx,
    s,
    "assignments.reasons_blanked",
    sql`UPDATE assignments SET response_reason = NULL WHERE tenant_id = ${t} AND worker_id = ${w} AND response_reason IS NOT NULL`,
  );
  const p = pseudonymOf(w);
  await step(
    tx,
    s,
    "workers.pseudonymised",
    sql`UPDATE workers SET first_name = ${p.first}, last_name = ${p.last}, phone = ${ERASED_PHONE}, email = NULL,
          street = '', house_number = '', postal_code = '', lat = NULL, lon = NULL, referral_reference = NULL,
          consultant_id = NULL, status = 'inactive', sms_opt_out = true, email_opt_out = true,
          erased_at = now(), erasure_reason = ${reason}, updated_at = now()
        WHERE tenant_id = ${t} AND id = ${w}`,
  );
  await blankPersonalNumbers(tx, "worker", t, w);
  return s;
}

/**
 * Erases a client (issue 20): deletes activity wishes, feedback answers, codes and messages, empties
 * the descriptions of their jobs (free text about the home) and pseudonymises the client row.
 * Agreements, orders, lots, the voucher ledger, payments, credit and transfers stay, with their
 * amounts: the books of the organisation. The caller has checked clientOpenItems.
 */
export async function eraseClient(tx: Tx, tenantId: string, clientId: string, reason: ErasureReason): Promise<ErasureSteps> {
  const s: ErasureSteps = {};
  const t = tenantId;
  const c = clientId;
  await deleteRows(tx, s, t, "client_id", c, ["activity_requests", "client_feedback_requests"]);
  await commonSteps(tx, s, t, "client", c);
  await step(tx, s, "appointments.blanked", sql`UPDATE appointments SET name = NULL, phone = NULL, topic = '-' WHERE tenant_id = ${t} AND client_id = ${c}`);
  await step(tx, s, "jobs.descriptions_blanked", sql`UPDATE jobs SET description = '-' WHERE tenant_id = ${t} AND client_id = ${c}`);
  const p = pseudonymOf(c);
  await step(
    tx,
    s,
    "clients.pseudonymised",
    sql`UPDATE clients SET name = ${p.full}, contact_first_name = ${p.first}, contact_last_name = ${p.last}, phone = NULL, email = NULL,
          street = '', house_number = '', postal_code = '', lat = NULL, lon = NULL, sms_opt_out = true, email_opt_out = true,
          erased_at = now(), erasure_reason = ${reason}, updated_at = now()
        WHERE tenant_id = ${t} AND id = ${c}`,
  );
  await blankPersonalNumbers(tx, "client", t, c);
  return s;
}

/** Sign-in codes, messages sent to the person and messages not yet relayed about them. */
async function commonSteps(tx: Tx, s: ErasureSteps, t: string, kind: "worker" | "client", id: string): Promise<void> {
  await step(tx, s, "auth_codes.deleted", sql`DELETE FROM auth_codes WHERE tenant_id = ${t} AND subject_type = ${kind} AND subject_id = ${id}`);
  await step(tx, s, "deliveries.deleted", sql`DELETE FROM deliveries WHERE tenant_id = ${t} AND recipient_type = ${kind} AND recipient_id = ${id}`);
  const key = kind === "worker" ? "workerId" : "clientId";
  await step(tx, s, "outbox.deleted", sql`DELETE FROM outbox WHERE tenant_id = ${t} AND relayed_at IS NULL AND payload->>${key} = ${id}`);
}

/** The worker's coaching trajectory, every table of it (erasure, and the retention sweep after its period). */
export async function deleteCoaching(tx: Tx, s: ErasureSteps, t: string, w: string): Promise<void> {
  await step(
    tx,
    s,
    "coaching_evaluation_goals.deleted",
    sql`DELETE FROM coaching_evaluation_goals g USING coaching_evaluations e WHERE g.tenant_id = ${t} AND e.tenant_id = g.tenant_id AND e.id = g.evaluation_id AND e.worker_id = ${w}`,
  );
  await deleteRows(tx, s, t, "worker_id", w, [
    "coaching_actions",
    "coaching_conversations",
    "coaching_evaluations",
    "exit_follow_up_requests",
    "coaching_follow_ups",
    "coaching_exits",
    "coaching_goals",
    "coaching_intakes",
  ]);
}
