import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { coachingAccess } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";

export type CoachedWorker = {
  id: string;
  name: string;
  referrer: "vdab" | "ocmw";
  referralDate: string | null;
  referralReference: string | null;
  consultantId: string | null;
  consultantName: string | null;
};

/** The worker, read without its coaching record: for the access check and the page's heading. */
export async function findCoachedWorker(ctx: TenantContext, workerId: string, lock = false): Promise<CoachedWorker> {
  const [row] = await ctx.tx.execute<CoachedWorker>(sql`
    SELECT w.id, w.first_name || ' ' || w.last_name AS name, w.referrer, w.referral_date::text AS "referralDate", w.referral_reference AS "referralReference",
           w.consultant_id AS "consultantId", s.name AS "consultantName"
      FROM workers w LEFT JOIN staff s ON s.tenant_id = w.tenant_id AND s.id = w.consultant_id
     WHERE w.tenant_id = app_current_tenant() AND w.id = ${workerId} ${lock ? sql`FOR NO KEY UPDATE OF w` : sql``}`);
  // Another tenant's worker is invisible (RLS): "not found", like an id that does not exist.
  if (!row) throw notFound("Deze wijk-werker");
  return row;
}

/**
 * Issue 19 access rule (coachingAccess in packages/domain): the worker's own consultant and admins.
 * Every route of the trajectory passes here first.
 */
export async function coachedWorkerOr403(ctx: TenantContext, workerId: string, lock = false): Promise<CoachedWorker> {
  const worker = await findCoachedWorker(ctx, workerId, lock);
  const access = coachingAccess({ role: ctx.actor.role, staffId: ctx.actor.sub }, worker);
  if (access === "not_your_worker")
    throw new AppError(
      "coaching.not_your_worker",
      worker.consultantId === null
        ? "Deze wijk-werker heeft nog geen bemiddelaar: alleen een beheerder ziet het traject."
        : "Dit traject is van een wijk-werker van een andere bemiddelaar.",
    );
  if (access === "forbidden") throw new AppError("auth.forbidden");
  return worker;
}

/**
 * A trajectory route's work in one tenant transaction, on the worker of the route's `:id` once
 * coachedWorkerOr403 let the caller in: every route of the record starts this way, so the access
 * check cannot be forgotten in one of them.
 */
export function onCoachedWorker<T>(
  request: { tenantTx: FastifyRequest["tenantTx"]; params: { id: string } },
  work: (ctx: TenantContext, worker: CoachedWorker) => Promise<T>,
): Promise<T> {
  return request.tenantTx(async (ctx) => work(ctx, await coachedWorkerOr403(ctx, request.params.id)));
}
