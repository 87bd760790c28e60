import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { brusselsDateOf, brusselsMonthOf, payoutCalendar, type IsoMonth } from "@wijkwerk/domain";
import { errorResponses, IdParams, Uuid } from "../schemas/common.ts";
import { loadSettings } from "../settings-store.ts";
import { findWorker, ownWorkerOnly } from "../workers/read.ts";

/**
 * Issue 18, "workers see their money": a worker's own payout lines of approved runs and the
 * organisation's payment calendar. A worker reads only their own id (another id is 404, as
 * GET /v1/workers/{id}); staff read any worker of their tenant; tenant RLS does the rest.
 */

const READERS = ["admin", "consultant", "finance", "worker"] as const;
/** The newest lines first; two years of monthly runs with an adjustment or two each fit. */
const MAX_LINES = 100;
/** The calendar: last month (the one paid next) and the months after it. */
const CALENDAR_MONTHS = 4;

const Money = Type.Integer({ description: "cents" });
export const WorkerPayoutLine = Type.Object({
  id: Uuid,
  runId: Uuid,
  runMonth: Type.String({ description: "The month of the payout run that paid this line" }),
  kind: Type.Union([Type.Literal("regular"), Type.Literal("adjustment"), Type.Literal("carried")]),
  workMonth: Type.Union([Type.String(), Type.Null()], { description: "The month of work settled; null for a carried remainder" }),
  minutes: Type.Integer(),
  vouchers: Type.Integer(),
  payCents: Money,
  travelCents: Money,
  totalCents: Money,
  paidOn: Type.String({ format: "date", description: "The day the run was exported to the bank, else the day it was approved (Brussels)" }),
});
export const WorkerPayouts = Type.Object({
  workerId: Uuid,
  payoutDayOfMonth: Type.Integer({ description: "The tenant's setting: a month's work is paid on this day of the next month" }),
  items: Type.Array(WorkerPayoutLine, { description: "Lines of approved and exported runs only, newest run first" }),
  calendar: Type.Array(Type.Object({ month: Type.String(), paidOn: Type.String({ format: "date" }) }), {
    description: "When each month's work is paid (packages/domain payoutDateOf), from last month on",
  }),
});

type Row = {
  id: string;
  run_id: string;
  run_month: string;
  kind: "regular" | "adjustment" | "carried";
  work_month: string | null;
  minutes: number;
  vouchers: number;
  pay_cents: number;
  travel_cents: number;
  total_cents: number;
  paid_at: string;
};

/** The worker's lines of approved or exported runs (never a draft: it may still change). */
export async function paidLines(tx: Tx, workerId: string): Promise<Row[]> {
  return tx.execute<Row>(sql`
    SELECT l.id, l.run_id, r.month AS run_month, l.kind, to_char(l.work_month, 'YYYY-MM') AS work_month, l.minutes, l.vouchers,
           l.pay_cents, l.travel_cents, l.total_cents, COALESCE(r.exported_at, r.approved_at) AS paid_at
      FROM payout_lines l JOIN payout_runs r ON r.tenant_id = l.tenant_id AND r.id = l.run_id
     WHERE l.tenant_id = app_current_tenant() AND l.worker_id = ${workerId} AND r.status IN ('approved', 'exported')
     ORDER BY r.month DESC, l.work_month DESC NULLS LAST, l.id
     LIMIT ${MAX_LINES}`);
}

/** The month before `month`. */
function previousMonth(month: IsoMonth): IsoMonth {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

const workerPayouts: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/workers/:id/payouts",
    {
      config: { roles: READERS },
      schema: {
        tags: ["payouts"],
        summary: "A worker's paid payout lines and the organisation's payment calendar",
        description:
          "Each line of an approved or exported run that pays this worker: month of work, hours, cheques, travel, amount and the date paid; and when each coming month is paid (the tenant's payoutDayOfMonth). A worker reads only their own id; any other id is 404.",
        params: IdParams,
        response: { 200: WorkerPayouts, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        ownWorkerOnly(ctx.actor, request.params.id);
        const worker = await findWorker(ctx.tx, request.params.id);
        const { payoutDayOfMonth } = await loadSettings(ctx.tx, ctx.tenantId);
        const rows = await paidLines(ctx.tx, worker.id);
        return {
          workerId: worker.id,
          payoutDayOfMonth,
          items: rows.map((r) => ({
            id: r.id,
            runId: r.run_id,
            runMonth: r.run_month,
            kind: r.kind,
            workMonth: r.work_month,
            minutes: r.minutes,
            vouchers: r.vouchers,
            payCents: r.pay_cents,
            travelCents: r.travel_cents,
            totalCents: r.total_cents,
            paidOn: brusselsDateOf(new Date(r.paid_at)),
          })),
          calendar: payoutCalendar(previousMonth(brusselsMonthOf(new Date())), CALENDAR_MONTHS, payoutDayOfMonth),
        };
      }),
  );
};

export default workerPayouts;
