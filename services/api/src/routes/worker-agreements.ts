import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { and, desc, eq, sql } from "drizzle-orm";
import { pgError, PG, schema } from "@wijkwerk/db";
import {
  brusselsDateOf,
  capacity,
  daysLeft,
  formatDutchDate,
  maxAgreementEndDate,
  PWA_REFERENCE_DATE,
  trajectoryFor,
  validateAgreement,
} from "@wijkwerk/domain";
import { AppError, validationError } from "../errors/problem.ts";
import { findWorker, ownWorkerOnly } from "../workers/read.ts";
import { DateOnly, errorResponses, IdParams, Uuid } from "../schemas/common.ts";
import { loadSettings } from "../settings-store.ts";
import { workerMinutes } from "../work/worker-minutes.ts";

const Referrer = Type.Union([Type.Literal("vdab"), Type.Literal("ocmw")]);
const ReReferral = Type.Object(
  { date: DateOnly, referrer: Referrer },
  { additionalProperties: false, description: "RULES §1: the referrer's new referral (hertoeleiding) for an agreement within or right after a trajectory" },
);
const AgreementBody = Type.Object(
  {
    startDate: DateOnly,
    endDate: Type.Optional(DateOnly),
    legacyPwa: Type.Optional(Type.Boolean()),
    pwaAgreementDate: Type.Optional(
      Type.String({ format: "date", description: "RULES §1: with legacyPwa, the start of the PWA agreement the person had on 30-09-2017" }),
    ),
    reReferral: Type.Optional(ReReferral),
  },
  { additionalProperties: false },
);
const AgreementOut = Type.Object({
  id: Uuid,
  workerId: Uuid,
  startDate: DateOnly,
  endDate: Type.Union([DateOnly, Type.Null()]),
  legacyPwa: Type.Boolean(),
  pwaAgreementDate: Type.Union([DateOnly, Type.Null()]),
  reReferral: Type.Union([ReReferral, Type.Null()]),
  createdAt: Type.String(),
});

const Period = Type.Object({ usedMinutes: Type.Integer(), plannedMinutes: Type.Integer(), capMinutes: Type.Integer(), remainingMinutes: Type.Integer() });
const CapacityOut = Type.Object({
  date: DateOnly,
  month: Period,
  year: Period,
  agreement: Type.Union([
    Type.Object({ startDate: DateOnly, endDate: Type.Union([DateOnly, Type.Null()]), daysLeft: Type.Union([Type.Integer(), Type.Null()]) }),
    Type.Null(),
  ]),
});
const CapacityQs = Type.Object({ date: Type.Optional(DateOnly) }, { additionalProperties: false });

type AgreementRow = typeof schema.workerAgreements.$inferSelect;
const agreementOut = (a: AgreementRow) => ({
  id: a.id,
  workerId: a.workerId,
  startDate: a.startDate,
  endDate: a.endDate,
  legacyPwa: a.legacyPwa,
  pwaAgreementDate: a.pwaAgreementDate,
  reReferral: a.reReferralDate && a.reReferredBy ? { date: a.reReferralDate, referrer: a.reReferredBy } : null,
  createdAt: new Date(a.createdAt).toISOString(),
});

function overlaps(start?: string, end?: string | null): AppError {
  return new AppError(
    "agreement.overlaps",
    start
      ? `Er loopt al een wijk-werkovereenkomst vanaf ${start}${end ? ` tot ${end}` : " zonder einddatum"}. Een nieuwe overeenkomst mag daar niet mee overlappen.`
      : "Er loopt al een wijk-werkovereenkomst in deze periode.",
  );
}

/** Wijk-werkovereenkomsten (RULES §1: max 12 months, PWA exemption) and the hours a worker has left (caps). */
const workerAgreements: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/workers/:id/agreements",
    {
      config: {
        roles: ["admin", "consultant"],
        idempotent: true,
        errors: ["agreement.too_long", "agreement.overlaps", "agreement.re_referral_required", "agreement.pwa_date_required"],
      },
      schema: {
        tags: ["workers"],
        summary: "Start a worker agreement (wijk-werkovereenkomst)",
        params: IdParams,
        body: AgreementBody,
        response: { 201: AgreementOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { startDate, endDate, legacyPwa = false, pwaAgreementDate, reReferral } = request.body;
      // RULES §1 (S4, S8): the exemption is for whoever had a PWA agreement on 30-09-2017; its date is recorded.
      if (legacyPwa && !pwaAgreementDate)
        throw new AppError(
          "agreement.pwa_date_required",
          "Zonder einddatum kan alleen wie op 30-09-2017 een PWA-overeenkomst had: noteer de begindatum van die PWA-overeenkomst.",
          { errors: [{ path: "pwaAgreementDate", message: "Vul de begindatum van de PWA-overeenkomst in." }] },
        );
      if (legacyPwa && pwaAgreementDate && pwaAgreementDate > PWA_REFERENCE_DATE)
        throw validationError([
          { path: "pwaAgreementDate", message: "De PWA-overeenkomst moest op 30-09-2017 al lopen: kies een datum tot en met 30-09-2017." },
        ]);
      if (reReferral && reReferral.date > brusselsDateOf(new Date()))
        throw validationError([{ path: "reReferral.date", message: "De datum van de doorverwijzing ligt in de toekomst." }]);
      try {
        const out = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          // The row lock queues parallel requests for one worker, so the second sees the first's agreement.
          const worker = await findWorker(tx, request.params.id, "no key update");
          const settings = await loadSettings(tx, tenantId);
          const checked = validateAgreement({ startDate, endDate: endDate ?? null, legacyPwa, maxMonths: settings.agreementMaxMonths });
          if (!checked.ok) {
            const v = checked.violations[0]!;
            if (v.code === "agreement.too_long") {
              const last = maxAgreementEndDate(startDate, settings.agreementMaxMonths);
              throw new AppError(
                "agreement.too_long",
                `Een wijk-werkovereenkomst duurt hoogstens ${settings.agreementMaxMonths} maanden: de laatste dag is ${last}.`,
                {
                  errors: [{ path: "endDate", message: `Kies een einddatum tot en met ${last}.` }],
                },
              );
            }
            if (v.code === "agreement.end_before_start") throw validationError([{ path: "endDate", message: "De einddatum ligt voor de begindatum." }]);
            throw validationError([{ path: v.path, message: "Geen geldige datum." }]);
          }
          const a = schema.workerAgreements;
          const [clash] = await tx
            .select()
            .from(a)
            .where(
              and(
                eq(a.workerId, worker.id),
                sql`daterange(${a.startDate}, ${a.endDate}, '[]') && daterange(${checked.startDate}::date, ${checked.endDate}::date, '[]')`,
              ),
            )
            .limit(1);
          if (clash) throw overlaps(clash.startDate, clash.endDate);
          // RULES §1 (S32, S12): another agreement within or right after a trajectory needs the referrer's new referral.
          const past = await tx.select().from(a).where(eq(a.workerId, worker.id));
          const trajectory = trajectoryFor(
            past.map((p) => ({ startDate: p.startDate, endDate: p.endDate, reReferral: p.reReferralDate !== null })),
            checked.startDate,
            settings.agreementMaxMonths,
          );
          // Whoever is exempt from the 12 months (PWA on 30-09-2017) has no trajectory to end.
          if (trajectory.reReferralNeeded && !reReferral && !legacyPwa) {
            throw new AppError(
              "agreement.re_referral_required",
              `Deze overeenkomst volgt op het traject dat begon op ${formatDutchDate(trajectory.trajectoryStart!)}. Een nieuwe overeenkomst is dan een hertoeleiding: noteer de nieuwe doorverwijzing van de VDAB of het OCMW (datum en door wie).`,
              { trajectoryStart: trajectory.trajectoryStart, errors: [{ path: "reReferral", message: "Noteer de nieuwe doorverwijzing: datum en door wie." }] },
            );
          }
          const [row] = await tx
            .insert(a)
            .values({
              tenantId,
              id: randomUUID(),
              workerId: worker.id,
              startDate: checked.startDate,
              endDate: checked.endDate,
              legacyPwa,
              pwaAgreementDate: legacyPwa ? (pwaAgreementDate ?? null) : null,
              reReferralDate: reReferral?.date ?? null,
              reReferredBy: reReferral?.referrer ?? null,
            })
            .returning();
          const created = agreementOut(row!);
          await audit({ entity: "worker_agreement", entityId: created.id, action: "create", after: created });
          return created;
        });
        return reply.status(201).send(out);
      } catch (err) {
        // Belt and braces: the exclusion constraint answers the same when two requests slip past the check.
        if (pgError(err)?.code === PG.exclusionViolation) throw overlaps();
        throw err;
      }
    },
  );

  app.get(
    "/v1/workers/:id/agreements",
    {
      config: { roles: ["admin", "consultant", "finance", "worker"] },
      schema: {
        tags: ["workers"],
        summary: "A worker's agreements, newest first",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(AgreementOut) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownWorkerOnly(actor, request.params.id);
        await findWorker(tx, request.params.id);
        const a = schema.workerAgreements;
        const rows = await tx.select().from(a).where(eq(a.workerId, request.params.id)).orderBy(desc(a.startDate));
        return { items: rows.map(agreementOut) };
      }),
  );

  app.get(
    "/v1/workers/:id/capacity",
    {
      config: { roles: ["admin", "consultant", "finance", "worker"] },
      schema: {
        tags: ["workers"],
        summary: "Hours used, planned and left this month and year (Europe/Brussels), and the current agreement",
        params: IdParams,
        querystring: CapacityQs,
        response: { 200: CapacityOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, actor }) => {
        ownWorkerOnly(actor, request.params.id);
        const worker = await findWorker(tx, request.params.id);
        const date = request.query.date ?? brusselsDateOf(new Date());
        const settings = await loadSettings(tx, tenantId);
        const { month: m, year: y } = await workerMinutes(tx, worker.id, date);
        const a = schema.workerAgreements;
        const [current] = await tx
          .select()
          .from(a)
          .where(and(eq(a.workerId, worker.id), sql`${a.startDate} <= ${date}::date`, sql`(${a.endDate} IS NULL OR ${a.endDate} >= ${date}::date)`))
          .limit(1);
        return {
          date,
          month: capacity({ usedMinutes: m.worked, plannedMinutes: m.planned, capMinutes: settings.monthlyCapMinutes }),
          year: capacity({ usedMinutes: y.worked, plannedMinutes: y.planned, capMinutes: settings.yearlyCapMinutes }),
          agreement: current
            ? { startDate: current.startDate, endDate: current.endDate, daysLeft: current.endDate ? daysLeft(current.endDate, date) : null }
            : null,
        };
      }),
  );
};

export default workerAgreements;
