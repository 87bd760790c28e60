import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { pgError, PG, type Tx } from "@wijkwerk/db";
import { brusselsMonthOf } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { workersWithInvalidIban } from "../payouts/ibans.ts";
import { loadRun, PAYOUT_ROLES, runOut, type RunRow } from "../payouts/runs.ts";
import { AppError, validationError } from "../errors/problem.ts";
import { errorResponses, IdParams, ListQuery, Month, Page, Uuid } from "../schemas/common.ts";
import { mergeSettings } from "../settings-store.ts";

/**
 * Debtor used when a tenant has not entered its own bank account yet (demo tenants); a bank
 * refuses a file whose debtor account is not the uploader's, so this can never pay out by mistake.
 */
export const DEMO_DEBTOR = { iban: "BE68539007547034", bic: "GKCCBEBB" } as const;

const RunStatus = Type.Union([Type.Literal("draft"), Type.Literal("approved"), Type.Literal("exported")]);
const RunOut = Type.Object({
  id: Uuid,
  month: Type.String(),
  status: RunStatus,
  lineCount: Type.Integer(),
  totalCents: Type.Integer(),
  hourlyCents: Type.Integer(),
  createdAt: Type.String(),
  generatedAt: Type.Union([Type.String(), Type.Null()]),
  approvedAt: Type.Union([Type.String(), Type.Null()]),
  approvedBy: Type.Union([Type.String(), Type.Null()]),
  exportedAt: Type.Union([Type.String(), Type.Null()]),
});
const RunDetail = Type.Object({
  ...RunOut.properties,
  summary: Type.Object({
    regularCents: Type.Integer(),
    adjustmentCents: Type.Integer(),
    /** Remainders of earlier runs set off in this run (carried lines, below zero). */
    carriedCents: Type.Integer(),
    entryCount: Type.Integer(),
    /** What the SEPA file pays: one transfer per worker whose lines add up to more than 0. */
    transferCount: Type.Integer(),
    transferCents: Type.Integer(),
    /** Workers whose lines add up to less than 0: no transfer; the next run sets the remainder off once. */
    carryForwardCount: Type.Integer(),
    carryForwardCents: Type.Integer(),
  }),
});
const LineOut = Type.Object({
  id: Uuid,
  workerId: Uuid,
  kind: Type.Union([Type.Literal("regular"), Type.Literal("adjustment"), Type.Literal("carried")], {
    description: "regular: the run's own month; adjustment: an earlier month settled again (late entries, corrections, cancellations); carried: the negative remainder of an earlier run, set off once.",
  }),
  workMonth: Type.Union([Type.String({ pattern: "^[0-9]{4}-[0-9]{2}$", examples: ["2026-03"] }), Type.Null()], { description: "The month of work this line settles; null for a carried line." }),
  settlementNo: Type.Union([Type.Integer(), Type.Null()], { description: "1 for the first settlement of the worker's month, 2 for the next, …" }),
  carriedFromRunId: Type.Union([Uuid, Type.Null()], { description: "For a carried line: the run whose remainder it sets off." }),
  entryIds: Type.Union([Type.Array(Uuid), Type.Null()], { description: "The confirmed time entries the worker's month was settled on (null for carried lines and for lines from before settlement per month)." }),
  entryCount: Type.Integer({ description: "Change in the number of paid entries of that month: the entries of a first settlement, +1 for a late entry, -1 for a cancelled one." }),
  minutes: Type.Integer(),
  vouchers: Type.Integer(),
  payCents: Type.Integer(),
  travelCents: Type.Integer(),
  totalCents: Type.Integer(),
  name: Type.String(),
  iban: Type.String(),
  endToEndId: Type.String(),
});

/** A month is locked once its run, or the run of a later month, is approved: history is never redone. */
async function assertMonthOpen(tx: Tx, month: string): Promise<void> {
  const rows = await tx.execute<{ month: string }>(sql`SELECT month FROM payout_runs WHERE tenant_id = app_current_tenant() AND month >= ${month} AND status <> 'draft' ORDER BY month DESC LIMIT 1`);
  if (rows[0]) {
    throw new AppError("payout.month_locked", rows[0].month === month
      ? `De uitbetaling van ${month} is al goedgekeurd. Late of verbeterde prestaties komen in de volgende uitbetaling.`
      : `De uitbetaling van ${rows[0].month} is al goedgekeurd, dus ${month} kan niet meer. Late prestaties komen in een latere uitbetaling.`);
  }
}

/** Copies today's settings and bank account into the run, so later changes never alter it. */
async function snapshotTerms(tx: Tx, tenantId: string) {
  const [row] = await tx.execute<{ tenant_name: string; settings: Record<string, unknown>; org_name: string | null; iban: string | null; bic: string | null }>(sql`
    SELECT t.name AS tenant_name, t.settings, o.name AS org_name, o.iban, o.bic
    FROM tenants t LEFT JOIN organisation_accounts o ON o.tenant_id = t.id
    WHERE t.id = ${tenantId}`);
  const settings = mergeSettings(row?.settings ?? {});
  return {
    hourlyCents: settings.workerHourlyCents,
    debtorName: row?.org_name ?? row?.tenant_name ?? "Wijk-werken",
    debtorIban: row?.iban ?? DEMO_DEBTOR.iban,
    debtorBic: row?.iban ? row.bic : DEMO_DEBTOR.bic,
  };
}

/** SQLSTATE raised by app_payout_generate when a run of this month or a later one was approved meanwhile. */
export const MONTH_LOCKED_SQLSTATE = "WW409";

async function generate(tx: Tx, runId: string): Promise<void> {
  try {
    await tx.execute(sql`SELECT * FROM app_payout_generate(${runId})`);
  } catch (err) {
    const pg = pgError(err);
    if (pg?.code === MONTH_LOCKED_SQLSTATE) throw new AppError("payout.month_locked", "Een uitbetaling van deze of een latere maand werd net goedgekeurd. Late prestaties komen in de volgende uitbetaling.");
    // Two settlements computed from the same earlier lines: the database kept one (a race the
    // per-tenant lock should already prevent). Trying again computes from the lines stored now.
    if (pg?.code === PG.uniqueViolation && pg.constraint_name === "payout_lines_settlement_key") throw new AppError("service.unavailable", "Een andere uitbetaling werd net berekend. Probeer het zo meteen opnieuw.");
    throw err;
  }
}

const payoutRuns: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/payout-runs",
    {
      config: { roles: PAYOUT_ROLES, idempotent: true, errors: ["payout.month_locked"] },
      schema: {
        tags: ["payouts"],
        summary: "Start (or refresh the draft of) the payout run of a month",
        description:
          "Settles every worker's month up to this month whose confirmed entries changed since it was last settled: what is due minus what earlier runs paid for that month. The run's own month gives regular lines; earlier months (late entries, corrections, cancellations) adjustment lines; a negative remainder of an approved earlier run one carried line. A second call for a month with a draft recomputes that draft.",
        body: Type.Object({ month: Month }, { additionalProperties: false }),
        response: { 201: RunOut, ...errorResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { month } = request.body;
      if (month > brusselsMonthOf(new Date())) throw validationError([{ path: "month", message: "Deze maand is nog niet begonnen." }]);
      const out = await request.tenantTx(async ({ tx, tenantId, actor, audit }) => {
        await assertMonthOpen(tx, month);
        const terms = await snapshotTerms(tx, tenantId);
        const inserted = await tx.execute<{ id: string }>(sql`
          INSERT INTO payout_runs (tenant_id, id, month, hourly_cents, debtor_name, debtor_iban, debtor_bic, created_by)
          VALUES (${tenantId}, ${randomUUID()}, ${month}, ${terms.hourlyCents}, ${terms.debtorName}, ${terms.debtorIban}, ${terms.debtorBic}, ${actor.sub})
          ON CONFLICT (tenant_id, month) DO NOTHING RETURNING id`);
        let runId = inserted[0]?.id;
        let before: ReturnType<typeof runOut> | null = null;
        if (!runId) {
          // A draft exists (maybe created this very moment by a parallel request): refresh it.
          const existing = await loadRunByMonth(tx, month, true);
          before = runOut(existing);
          if (existing.status !== "draft") throw new AppError("payout.month_locked", `De uitbetaling van ${month} is al goedgekeurd.`);
          runId = existing.id;
          await tx.execute(sql`UPDATE payout_runs SET hourly_cents = ${terms.hourlyCents}, debtor_name = ${terms.debtorName}, debtor_iban = ${terms.debtorIban}, debtor_bic = ${terms.debtorBic}
            WHERE tenant_id = ${tenantId} AND id = ${runId}`);
        }
        await generate(tx, runId);
        const after = runOut(await loadRun(tx, runId));
        await audit({ entity: "payout_run", entityId: runId, action: before ? "regenerate" : "create", before, after });
        return after;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/payout-runs",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "List payout runs, newest month first",
        querystring: Type.Object({ month: Type.Optional(Month), ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(RunOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 1);
      const month = request.query.month;
      return request.tenantTx(async ({ tx }) => {
        const rows = await tx.execute<RunRow>(sql`
          SELECT * FROM payout_runs WHERE tenant_id = app_current_tenant()
          ${month ? sql`AND month = ${month}` : sql``}
          ${after ? sql`AND month < ${String(after[0])}` : sql``}
          ORDER BY month DESC LIMIT ${limit + 1}`);
        const page = pageOf(rows, limit, (r) => [r.month]);
        return { items: page.items.map(runOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/payout-runs/:id",
    {
      config: { roles: PAYOUT_ROLES },
      schema: { tags: ["payouts"], summary: "A payout run with its totals", params: IdParams, response: { 200: RunDetail, ...errorResponses(401, 403, 404, 422) } },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const run = await loadRun(tx, request.params.id);
        const [s] = await tx.execute<Record<string, string>>(sql`
          WITH lines AS (
            SELECT worker_id, kind, total_cents, entry_count FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${run.id}
          ), per_worker AS (
            SELECT sum(total_cents) AS net FROM lines GROUP BY worker_id
          )
          SELECT
            (SELECT COALESCE(sum(total_cents) FILTER (WHERE kind = 'regular'), 0) FROM lines)::bigint AS regular,
            (SELECT COALESCE(sum(total_cents) FILTER (WHERE kind = 'adjustment'), 0) FROM lines)::bigint AS adjustment,
            (SELECT COALESCE(sum(total_cents) FILTER (WHERE kind = 'carried'), 0) FROM lines)::bigint AS carried,
            (SELECT COALESCE(sum(entry_count), 0) FROM lines)::bigint AS entries,
            (SELECT count(*) FROM per_worker WHERE net > 0)::bigint AS transfers,
            (SELECT COALESCE(sum(net), 0) FROM per_worker WHERE net > 0)::bigint AS transfer_cents,
            (SELECT count(*) FROM per_worker WHERE net < 0)::bigint AS negatives,
            (SELECT COALESCE(sum(net), 0) FROM per_worker WHERE net < 0)::bigint AS negative_cents`);
        return {
          ...runOut(run),
          summary: {
            regularCents: Number(s?.regular ?? 0),
            adjustmentCents: Number(s?.adjustment ?? 0),
            carriedCents: Number(s?.carried ?? 0),
            entryCount: Number(s?.entries ?? 0),
            transferCount: Number(s?.transfers ?? 0),
            transferCents: Number(s?.transfer_cents ?? 0),
            carryForwardCount: Number(s?.negatives ?? 0),
            carryForwardCents: Number(s?.negative_cents ?? 0),
          },
        };
      }),
  );

  app.get(
    "/v1/payout-runs/:id/lines",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "Lines of a payout run, in EndToEndId order",
        params: IdParams,
        querystring: Type.Object({ workerId: Type.Optional(Uuid), ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(LineOut), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 1);
      const { workerId } = request.query;
      return request.tenantTx(async ({ tx }) => {
        const run = await loadRun(tx, request.params.id);
        const rows = await tx.execute<LineRow>(sql`
          SELECT * FROM payout_lines WHERE tenant_id = app_current_tenant() AND run_id = ${run.id}
          ${workerId ? sql`AND worker_id = ${workerId}` : sql``}
          ${after ? sql`AND end_to_end_id > ${String(after[0])}` : sql``}
          ORDER BY end_to_end_id LIMIT ${limit + 1}`);
        const page = pageOf(rows, limit, (r) => [r.end_to_end_id]);
        return { items: page.items.map(lineOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.post(
    "/v1/payout-runs/:id/approve",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_draft", "payout.invalid_iban", "payout.earlier_draft_open"] },
      schema: { tags: ["payouts"], summary: "Approve a draft run; this locks its month", params: IdParams, response: { 200: RunOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request) => {
      const notDraft = (status: string) => new AppError("payout.not_draft", `Deze uitbetaling is al ${status === "approved" ? "goedgekeurd" : "geëxporteerd"}.`);
      const current = await request.tenantTx(async ({ tx }) => loadRun(tx, request.params.id));
      if (current.status !== "draft") throw notDraft(current.status);
      // Once approved the lines are frozen: a wrong account must be fixed while it is still a draft.
      const bad = await workersWithInvalidIban(app.deps.database, request.claims.tid, current.id);
      if (bad.length > 0) {
        throw new AppError("payout.invalid_iban", `Het rekeningnummer van ${bad.join(", ")} is niet geldig. Verbeter het bij de wijk-werker en bereken de uitbetaling opnieuw.`);
      }
      return request.tenantTx(async ({ tx, actor, audit }) => {
        const run = await loadRun(tx, request.params.id, true);
        if (run.status !== "draft") throw notDraft(run.status);
        // Approving locks every earlier month: an earlier draft could then never be refreshed, and
        // what it settled would stay unpaid while later runs count it as paid.
        const [earlier] = await tx.execute<{ month: string }>(sql`SELECT month FROM payout_runs WHERE tenant_id = app_current_tenant() AND month < ${run.month} AND status = 'draft' ORDER BY month LIMIT 1`);
        if (earlier) throw new AppError("payout.earlier_draft_open", `De uitbetaling van ${earlier.month} is nog een ontwerp. Keur die eerst goed.`);
        await tx.execute(sql`UPDATE payout_runs SET status = 'approved', approved_at = now(), approved_by = ${actor.sub} WHERE tenant_id = app_current_tenant() AND id = ${run.id}`);
        const after = runOut(await loadRun(tx, run.id));
        await audit({ entity: "payout_run", entityId: run.id, action: "approve", before: runOut(run), after });
        return after;
      });
    },
  );

  app.post(
    "/v1/payout-runs/:id/regenerate",
    {
      config: { roles: PAYOUT_ROLES, errors: ["payout.not_draft", "payout.month_locked"] },
      schema: {
        tags: ["payouts"],
        summary: "Recompute a draft run in the background (payouts queue)",
        params: IdParams,
        response: { 202: Type.Object({ id: Uuid, status: RunStatus }), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const out = await request.tenantTx(async ({ tx, tenantId, audit, outbox }) => {
        const run = await loadRun(tx, request.params.id, true);
        if (run.status !== "draft") throw new AppError("payout.not_draft", "Alleen een ontwerp kan opnieuw berekend worden.");
        const terms = await snapshotTerms(tx, tenantId);
        await tx.execute(sql`UPDATE payout_runs SET hourly_cents = ${terms.hourlyCents}, debtor_name = ${terms.debtorName}, debtor_iban = ${terms.debtorIban}, debtor_bic = ${terms.debtorBic}
          WHERE tenant_id = ${tenantId} AND id = ${run.id}`);
        await outbox({ topic: "payouts/regenerate", payload: { runId: run.id } });
        await audit({ entity: "payout_run", entityId: run.id, action: "regenerate_requested", before: runOut(run) });
        return { id: run.id, status: run.status };
      });
      return reply.status(202).send(out);
    },
  );
};

async function loadRunByMonth(tx: Tx, month: string, lock = false): Promise<RunRow> {
  const rows = await tx.execute<RunRow>(sql`SELECT * FROM payout_runs WHERE tenant_id = app_current_tenant() AND month = ${month} ${lock ? sql`FOR UPDATE` : sql``}`);
  if (!rows[0]) throw new Error(`payout run of ${month} vanished`);
  return rows[0];
}

type LineRow = {
  id: string;
  worker_id: string;
  kind: "regular" | "adjustment" | "carried";
  work_month: string | null;
  settlement_no: number | null;
  carried_from_run_id: string | null;
  entry_ids: string[] | null;
  entry_count: number;
  minutes: number;
  vouchers: number;
  pay_cents: number;
  travel_cents: number;
  total_cents: number;
  name: string;
  iban: string;
  end_to_end_id: string;
};

function lineOut(r: LineRow) {
  return {
    id: r.id,
    workerId: r.worker_id,
    kind: r.kind,
    workMonth: r.work_month === null ? null : r.work_month.slice(0, 7),
    settlementNo: r.settlement_no,
    carriedFromRunId: r.carried_from_run_id,
    entryIds: r.entry_ids,
    entryCount: r.entry_count,
    minutes: r.minutes,
    vouchers: r.vouchers,
    payCents: r.pay_cents,
    travelCents: r.travel_cents,
    totalCents: r.total_cents,
    name: r.name,
    iban: r.iban,
    endToEndId: r.end_to_end_id,
  };
}

export default payoutRuns;
