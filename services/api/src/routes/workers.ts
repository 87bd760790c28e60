import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type TSchema } from "@sinclair/typebox";
import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { brusselsDateOf } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { validationError } from "../errors/problem.ts";
import { assertUniqueNationalNumber, rethrowDuplicate, validateWorker, type AvailabilitySlot, type WorkerValues } from "../registries/worker-input.ts";
import { findWorker, ownWorkerOnly, workerBase, workerDetail } from "../registries/worker-read.ts";
import { DateOnly, Email, errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Language = Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")]);
const Referrer = Type.Union([Type.Literal("vdab"), Type.Literal("ocmw")]);
const Status = Type.Union([Type.Literal("active"), Type.Literal("inactive")]);
const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lon = Type.Number({ minimum: -180, maximum: 180 });
const Clock = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", examples: ["08:30"] });
const Slot = Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), from: Clock, to: Clock }, { additionalProperties: false });
const Availability = Type.Array(Slot, { maxItems: 50 });
const ActivityCodes = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 });
const TravelKm = Type.Number({ minimum: 0, maximum: 200 });
const IdText = Type.String({ minLength: 1, maxLength: 40 });
const AddressProps = {
  street: Name,
  number: Type.String({ minLength: 1, maxLength: 20 }),
  postalCode: Type.String({ pattern: "^[1-9][0-9]{3}$", examples: ["9000"] }),
  municipalityId: Uuid,
  neighbourhoodId: Uuid,
  lat: Type.Optional(Lat),
  lon: Type.Optional(Lon),
};

const CreateBody = Type.Object(
  {
    firstName: Name,
    lastName: Name,
    nationalNumber: IdText,
    phone: IdText,
    email: Type.Optional(Email),
    language: Language,
    address: Type.Object(AddressProps, { additionalProperties: false }),
    iban: Type.String({ minLength: 1, maxLength: 50 }),
    referrer: Referrer,
    referralDate: Type.Optional(Type.String({ format: "date", description: "RULES §1: when VDAB or the OCMW referred the person (not in the future)" })),
    referralReference: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "The referrer's reference for this referral (e.g. the VDAB file number)" })),
    availability: Availability,
    maxTravelKm: Type.Optional(TravelKm),
    activityCodes: Type.Optional(ActivityCodes),
  },
  { additionalProperties: false },
);

// null clears an optional field.
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const PatchBody = Type.Object(
  {
    firstName: Type.Optional(Name),
    lastName: Type.Optional(Name),
    nationalNumber: Type.Optional(IdText),
    phone: Type.Optional(IdText),
    email: Type.Optional(Nullable(Email)),
    language: Type.Optional(Language),
    address: Type.Optional(Type.Partial(Type.Object({ ...AddressProps, lat: Nullable(Lat), lon: Nullable(Lon) }), { additionalProperties: false, minProperties: 1 })),
    iban: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    referrer: Type.Optional(Referrer),
    referralDate: Type.Optional(Nullable(Type.String({ format: "date" }))),
    referralReference: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    availability: Type.Optional(Availability),
    maxTravelKm: Type.Optional(TravelKm),
    activityCodes: Type.Optional(ActivityCodes),
    status: Type.Optional(Status),
  },
  { additionalProperties: false, minProperties: 1 },
);

const BaseProps = {
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  nationalNumber: Type.String(),
  phone: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  language: Language,
  address: Type.Object({
    street: Type.String(),
    number: Type.String(),
    postalCode: Type.String(),
    municipalityId: Uuid,
    neighbourhoodId: Uuid,
    lat: Type.Union([Type.Number(), Type.Null()]),
    lon: Type.Union([Type.Number(), Type.Null()]),
  }),
  iban: Type.String(),
  referrer: Referrer,
  referralDate: Type.Union([Type.String(), Type.Null()], { description: "null for workers registered before the date was asked" }),
  referralReference: Type.Union([Type.String(), Type.Null()]),
  maxTravelKm: Type.Number(),
  status: Status,
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
const SkillOut = Type.Object({ skillId: Uuid, name: Type.String(), obtainedOn: DateOnly });
const WorkerListItem = Type.Object(BaseProps, { description: "nationalNumber (85.07.30-***.**) and iban (BE68 **** **** 7034) are masked in lists" });
const WorkerOut = Type.Object({ ...BaseProps, availability: Type.Array(Type.Object({ weekday: Type.Integer(), from: Type.String(), to: Type.String() })), activityCodes: Type.Array(Type.String()), skills: Type.Array(SkillOut) });

const ListQs = Type.Object(
  { ...ListQuery, neighbourhoodId: Type.Optional(Uuid), status: Type.Optional(Status), q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);
const SkillBody = Type.Object({ skillId: Uuid, obtainedOn: DateOnly }, { additionalProperties: false });

async function replaceSets(tx: Tx, tenantId: string, workerId: string, availability?: AvailabilitySlot[], activityCodes?: string[]): Promise<void> {
  if (availability) {
    await tx.delete(schema.workerAvailability).where(eq(schema.workerAvailability.workerId, workerId));
    if (availability.length > 0) await tx.insert(schema.workerAvailability).values(availability.map((a) => ({ tenantId, workerId, weekday: a.weekday, fromTime: a.from, toTime: a.to })));
  }
  if (activityCodes) {
    await tx.delete(schema.workerActivities).where(eq(schema.workerActivities.workerId, workerId));
    const codes = [...new Set(activityCodes)];
    if (codes.length > 0) await tx.insert(schema.workerActivities).values(codes.map((activityCode) => ({ tenantId, workerId, activityCode })));
  }
}

const STAFF = ["admin", "consultant"] as const;
const READERS = ["admin", "consultant", "finance"] as const;

/** Wijk-werkers: registration, search, changes and skills (API.md "Workers"). */
const workers: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/workers",
    { config: { roles: STAFF, idempotent: true, errors: ["worker.duplicate_national_number", "worker.not_eligible"] }, schema: { tags: ["workers"], summary: "Register a worker (RULES §1: domiciled in Flanders, referred by VDAB or the OCMW)", body: CreateBody, response: { 201: WorkerOut, ...errorResponses(401, 403, 409, 422) } } },
    async (request, reply) => {
      const b = request.body;
      try {
        const out = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const values = await validateWorker(
            tx,
            {
              firstName: b.firstName,
              lastName: b.lastName,
              nationalNumber: b.nationalNumber,
              phone: b.phone,
              email: b.email ?? null,
              language: b.language,
              street: b.address.street,
              houseNumber: b.address.number,
              postalCode: b.address.postalCode,
              municipalityId: b.address.municipalityId,
              neighbourhoodId: b.address.neighbourhoodId,
              lat: b.address.lat ?? null,
              lon: b.address.lon ?? null,
              iban: b.iban,
              referrer: b.referrer,
              referralDate: b.referralDate ?? null,
              referralReference: b.referralReference ?? null,
              maxTravelKm: b.maxTravelKm ?? 5,
              status: "active",
            },
            b.availability,
            b.activityCodes,
          );
          await assertUniqueNationalNumber(tx, values.nationalNumber);
          const id = randomUUID();
          const [row] = await tx.insert(schema.workers).values({ tenantId, id, ...values, smsOptOut: false, emailOptOut: false }).returning();
          await replaceSets(tx, tenantId, id, b.availability, b.activityCodes ?? []);
          const created = await workerDetail(tx, row!);
          await audit({ entity: "worker", entityId: id, action: "create", after: created });
          return created;
        });
        return reply.status(201).send(out);
      } catch (err) {
        rethrowDuplicate(err);
      }
    },
  );

  app.get(
    "/v1/workers",
    { config: { roles: READERS }, schema: { tags: ["workers"], summary: "Search workers (national number masked)", querystring: ListQs, response: { 200: Page(WorkerListItem), ...errorResponses(401, 403, 422) } } },
    async (request) => {
      const { limit = 50, cursor, neighbourhoodId, status, q } = request.query;
      const after = decodeCursor(cursor, 3);
      return request.tenantTx(async ({ tx }) => {
        const w = schema.workers;
        const where: (SQL | undefined)[] = [];
        if (neighbourhoodId) where.push(eq(w.neighbourhoodId, neighbourhoodId));
        if (status) where.push(eq(w.status, status));
        if (q) {
          const like = `%${q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
          // Phones are stored as +32470…; someone types 0470 12 34 56: compare the digits after the trunk 0.
          const digits = q.replace(/\D/g, "").replace(/^0+/, "");
          where.push(
            or(
              ilike(w.firstName, like),
              ilike(w.lastName, like),
              sql`(${w.firstName} || ' ' || ${w.lastName}) ILIKE ${like}`,
              sql`(${w.lastName} || ' ' || ${w.firstName}) ILIKE ${like}`,
              digits.length >= 3 ? sql`${w.phone} LIKE ${`%${digits}%`}` : undefined,
            ),
          );
        }
        if (after) where.push(sql`(${w.lastName}, ${w.firstName}, ${w.id}) > (${String(after[0])}, ${String(after[1])}, ${String(after[2])}::uuid)`);
        const rows = await tx
          .select()
          .from(w)
          .where(and(...where))
          .orderBy(asc(w.lastName), asc(w.firstName), asc(w.id))
          .limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.lastName, r.firstName, r.id]);
        return { items: page.items.map((r) => workerBase(r, true)), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/workers/:id",
    { config: { roles: [...READERS, "worker"] }, schema: { tags: ["workers"], summary: "One worker with availability, activities and skills", params: IdParams, response: { 200: WorkerOut, ...errorResponses(401, 403, 404) } } },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownWorkerOnly(actor, request.params.id);
        return workerDetail(tx, await findWorker(tx, request.params.id));
      }),
  );

  app.patch(
    "/v1/workers/:id",
    { config: { roles: STAFF, errors: ["worker.duplicate_national_number", "worker.not_eligible"] }, schema: { tags: ["workers"], summary: "Change a worker", params: IdParams, body: PatchBody, response: { 200: WorkerOut, ...errorResponses(401, 403, 404, 409, 422) } } },
    async (request) => {
      const p = request.body;
      try {
        return await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const row = await findWorker(tx, request.params.id, "update");
          const before = await workerDetail(tx, row);
          const merged: WorkerValues = {
            firstName: p.firstName ?? row.firstName,
            lastName: p.lastName ?? row.lastName,
            nationalNumber: p.nationalNumber ?? row.nationalNumber,
            phone: p.phone ?? row.phone,
            email: p.email !== undefined ? p.email : row.email,
            language: p.language ?? row.language,
            street: p.address?.street ?? row.street,
            houseNumber: p.address?.number ?? row.houseNumber,
            postalCode: p.address?.postalCode ?? row.postalCode,
            municipalityId: p.address?.municipalityId ?? row.municipalityId,
            neighbourhoodId: p.address?.neighbourhoodId ?? row.neighbourhoodId,
            lat: p.address?.lat !== undefined ? p.address.lat : row.lat,
            lon: p.address?.lon !== undefined ? p.address.lon : row.lon,
            iban: p.iban ?? row.iban,
            referrer: p.referrer ?? row.referrer,
            referralDate: p.referralDate !== undefined ? p.referralDate : row.referralDate,
            referralReference: p.referralReference !== undefined ? p.referralReference : row.referralReference,
            maxTravelKm: p.maxTravelKm ?? Number(row.maxTravelKm),
            status: p.status ?? row.status,
          };
          const values = await validateWorker(tx, merged, p.availability, p.activityCodes);
          await assertUniqueNationalNumber(tx, values.nationalNumber, row.id);
          const [updated] = await tx
            .update(schema.workers)
            .set({ ...values, updatedAt: sql`now()` })
            .where(eq(schema.workers.id, row.id))
            .returning();
          await replaceSets(tx, tenantId, row.id, p.availability, p.activityCodes);
          const after = await workerDetail(tx, updated!);
          await audit({ entity: "worker", entityId: row.id, action: "update", before, after });
          return after;
        });
      } catch (err) {
        rethrowDuplicate(err);
      }
    },
  );

  app.post(
    "/v1/workers/:id/skills",
    {
      config: { roles: STAFF },
      schema: { tags: ["workers"], summary: "Record a skill a worker has (upsert)", params: IdParams, body: SkillBody, response: { 200: SkillOut, 201: SkillOut, ...errorResponses(401, 403, 404, 422) } },
    },
    async (request, reply) => {
      const { skillId, obtainedOn } = request.body;
      const { status, out } = await request.tenantTx(async ({ tx, tenantId, audit }) => {
        const worker = await findWorker(tx, request.params.id, "update");
        const [skill] = await tx.select().from(schema.skills).where(eq(schema.skills.id, skillId));
        if (!skill) throw validationError([{ path: "skillId", message: "Deze competentie bestaat niet." }]);
        if (obtainedOn > brusselsDateOf(new Date())) throw validationError([{ path: "obtainedOn", message: "Deze datum ligt in de toekomst." }]);
        const ws = schema.workerSkills;
        const [existing] = await tx.select().from(ws).where(and(eq(ws.workerId, worker.id), eq(ws.skillId, skillId)));
        await tx
          .insert(ws)
          .values({ tenantId, workerId: worker.id, skillId, obtainedOn })
          .onConflictDoUpdate({ target: [ws.tenantId, ws.workerId, ws.skillId], set: { obtainedOn } });
        const result = { skillId, name: skill.name, obtainedOn };
        await audit({
          entity: "worker_skill",
          entityId: worker.id,
          action: existing ? "update" : "create",
          before: existing ? { skillId, name: skill.name, obtainedOn: existing.obtainedOn } : null,
          after: result,
        });
        return { status: existing ? (200 as const) : (201 as const), out: result };
      });
      return reply.status(status).send(out);
    },
  );
};

export default workers;
