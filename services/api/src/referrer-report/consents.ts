import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { brusselsDateOf, consentHolds, type ConsentCategory, type ConsentRecord } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";

/** The worker's consents to share with the referrer (issue 19), given and withdrawn by staff, audited. */

type Row = {
  id: string;
  category: ConsentCategory;
  given_on: string;
  given_by: string;
  given_name: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdrawn_name: string | null;
};

export async function consentRows(tx: Tx, workerId: string): Promise<Row[]> {
  return tx.execute<Row>(sql`
    SELECT c.id, c.category, c.given_on::text AS given_on, c.given_by, g.name AS given_name, c.withdrawn_on::text AS withdrawn_on, c.withdrawn_by, w.name AS withdrawn_name
      FROM report_consents c JOIN staff g ON g.tenant_id = c.tenant_id AND g.id = c.given_by
      LEFT JOIN staff w ON w.tenant_id = c.tenant_id AND w.id = c.withdrawn_by
     WHERE c.tenant_id = app_current_tenant() AND c.worker_id = ${workerId}
     ORDER BY c.given_on DESC, c.created_at DESC`);
}

export const asRecords = (rows: Row[]): ConsentRecord[] => rows.map((r) => ({ category: r.category, givenOn: r.given_on, withdrawnOn: r.withdrawn_on }));

export function consentOut(r: Row, today = brusselsDateOf(new Date())) {
  return {
    id: r.id,
    category: r.category,
    givenOn: r.given_on,
    givenBy: { id: r.given_by, name: r.given_name },
    withdrawnOn: r.withdrawn_on,
    withdrawnBy: r.withdrawn_by && r.withdrawn_name ? { id: r.withdrawn_by, name: r.withdrawn_name } : null,
    active: consentHolds({ category: r.category, givenOn: r.given_on, withdrawnOn: r.withdrawn_on }, today),
  };
}

export async function giveConsent(ctx: TenantContext, workerId: string, category: ConsentCategory, givenOn: string) {
  const id = randomUUID();
  const created = await ctx.tx.execute(sql`
    INSERT INTO report_consents (tenant_id, id, worker_id, category, given_on, given_by)
    VALUES (app_current_tenant(), ${id}, ${workerId}, ${category}, ${givenOn}::date, ${ctx.actor.sub})
    ON CONFLICT (tenant_id, worker_id, category) WHERE withdrawn_on IS NULL DO NOTHING RETURNING id`);
  if (created.length === 0) throw new AppError("consent.already_given");
  await ctx.audit({ entity: "report_consent", entityId: id, action: "give", before: null, after: { workerId, category, givenOn } });
  return consentOut((await consentRows(ctx.tx, workerId)).find((r) => r.id === id)!);
}

export async function withdrawConsent(ctx: TenantContext, workerId: string, consentId: string, withdrawnOn: string) {
  const [row] = await ctx.tx.execute<{ given_on: string; withdrawn_on: string | null; category: string }>(sql`
    SELECT given_on::text AS given_on, withdrawn_on::text AS withdrawn_on, category FROM report_consents
     WHERE tenant_id = app_current_tenant() AND worker_id = ${workerId} AND id = ${consentId} FOR UPDATE`);
  if (!row) throw notFound("Deze toestemming");
  if (row.withdrawn_on) throw new AppError("consent.already_withdrawn");
  if (withdrawnOn < row.given_on)
    throw new AppError("consent.withdrawn_before_given", undefined, { errors: [{ path: "withdrawnOn", message: `Niet vóór ${row.given_on}.` }] });
  await ctx.tx.execute(sql`
    UPDATE report_consents SET withdrawn_on = ${withdrawnOn}::date, withdrawn_by = ${ctx.actor.sub} WHERE tenant_id = app_current_tenant() AND id = ${consentId}`);
  await ctx.audit({
    entity: "report_consent",
    entityId: consentId,
    action: "withdraw",
    before: { category: row.category, givenOn: row.given_on, withdrawnOn: null },
    after: { category: row.category, givenOn: row.given_on, withdrawnOn },
  });
  return consentOut((await consentRows(ctx.tx, workerId)).find((r) => r.id === consentId)!);
}
