import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { and, asc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { pgError, PG, schema, type Tx } from "@wijkwerk/db";
import { brusselsDateOf, lastDayOfMonthsPeriod, makeOgm, maskNationalNumber, normalizePhone, validateEnterpriseNumber, validateNationalNumber } from "@wijkwerk/domain";
import type { TokenClaims } from "../context.ts";
import { decodeCursor, pageOf } from "../cursor.ts";
import { AppError, notFound, validationError, type FieldError } from "../errors/problem.ts";
import { DateOnly, Email, errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";
import { addressErrors, IDENTITY_MESSAGES } from "../registries/shared-checks.ts";
import { loadSettings } from "../settings-store.ts";

const ClientType = Type.Union([Type.Literal("private"), Type.Literal("localGovernment"), Type.Literal("education"), Type.Literal("nonprofit"), Type.Literal("agriculture")]);
type ClientTypeT = Static<typeof ClientType>;
const Language = Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")]);
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Phone = Type.String({ minLength: 1, maxLength: 40 });

const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lon = Type.Number({ minimum: -180, maximum: 180 });
const ContactProps = { firstName: Name, lastName: Name, phone: Type.Optional(Phone), email: Type.Optional(Email) };
const AddressProps = {
  street: Name,
  number: Type.String({ minLength: 1, maxLength: 20 }),
  postalCode: Type.String({ pattern: "^[1-9][0-9]{3}$", examples: ["9000"] }),
  municipalityId: Uuid,
  neighbourhoodId: Uuid,
  lat: Type.Optional(Lat),
  lon: Type.Optional(Lon),
};
const IdNumber = Type.String({ minLength: 1, maxLength: 30 });

const CreateBody = Type.Object(
  {
    type: ClientType,
    name: Name,
    contact: Type.Object(ContactProps, { additionalProperties: false }),
    address: Type.Object(AddressProps, { additionalProperties: false }),
    nationalNumber: Type.Optional(IdNumber),
    enterpriseNumber: Type.Optional(IdNumber),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
type CreateBodyT = Static<typeof CreateBody>;

// null clears an optional field (e.g. an e-mail address that no longer exists).
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const PatchBody = Type.Object(
  {
    type: Type.Optional(ClientType),
    name: Type.Optional(Name),
    contact: Type.Optional(
      Type.Object({ firstName: Type.Optional(Name), lastName: Type.Optional(Name), phone: Type.Optional(Nullable(Phone)), email: Type.Optional(Nullable(Email)) }, { additionalProperties: false, minProperties: 1 }),
    ),
    address: Type.Optional(Type.Partial(Type.Object({ ...AddressProps, lat: Nullable(Lat), lon: Nullable(Lon) }), { additionalProperties: false, minProperties: 1 })),
    nationalNumber: Type.Optional(Nullable(IdNumber)),
    enterpriseNumber: Type.Optional(Nullable(IdNumber)),
    language: Type.Optional(Language),
    exPwaSince: Type.Optional(Nullable(Type.String({ format: "date", description: "RULES §6: a transitional ex-PWA household since this date (cooking, washing, big clean-up); null: not one" }))),
  },
  { additionalProperties: false, minProperties: 1 },
);

const ActiveAgreement = Type.Union([Type.Object({ startDate: DateOnly, endDate: DateOnly, feePaid: Type.Boolean() }), Type.Null()]);
const ClientOut = Type.Object({
  id: Uuid,
  clientNumber: Type.Integer(),
  type: ClientType,
  name: Type.String(),
  contact: Type.Object({ firstName: Type.String(), lastName: Type.String(), phone: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
  address: Type.Object({
    street: Type.String(),
    number: Type.String(),
    postalCode: Type.String(),
    municipalityId: Uuid,
    neighbourhoodId: Uuid,
    lat: Type.Union([Type.Number(), Type.Null()]),
    lon: Type.Union([Type.Number(), Type.Null()]),
  }),
  nationalNumber: Type.Union([Type.String(), Type.Null()]),
  enterpriseNumber: Type.Union([Type.String(), Type.Null()]),
  language: Language,
  exPwaSince: Type.Union([Type.String(), Type.Null()], { description: "RULES §6: a transitional ex-PWA household since this date" }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  activeAgreement: Type.Optional(ActiveAgreement),
});

const AgreementStatus = Type.Union([Type.Literal("awaiting_payment"), Type.Literal("paid")]);
const AgreementOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  startDate: DateOnly,
  endDate: DateOnly,
  feeCents: Type.Integer(),
  paymentReference: Type.String(),
  feePaidOn: Type.Union([DateOnly, Type.Null()]),
  status: AgreementStatus,
  createdAt: Type.String(),
});
const AgreementBody = Type.Object({ startDate: DateOnly }, { additionalProperties: false });

const ListQs = Type.Object(
  { ...ListQuery, type: Type.Optional(ClientType), neighbourhoodId: Type.Optional(Uuid), q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);

type ClientRow = typeof schema.clients.$inferSelect;
type AgreementRow = typeof schema.clientAgreements.$inferSelect;

const iso = (t: string) => new Date(t).toISOString();

/** Lists mask the INSZ (issue 13 item 15); the detail view shows it to the staff who read clients. */
function toOut(r: ClientRow, masked = false) {
  return {
    id: r.id,
    clientNumber: r.clientNumber,
    type: r.type,
    name: r.name,
    contact: { firstName: r.contactFirstName, lastName: r.contactLastName, phone: r.phone, email: r.email },
    address: { street: r.street, number: r.houseNumber, postalCode: r.postalCode, municipalityId: r.municipalityId, neighbourhoodId: r.neighbourhoodId, lat: r.lat, lon: r.lon },
    nationalNumber: masked && r.nationalNumber ? maskNationalNumber(r.nationalNumber) : r.nationalNumber,
    enterpriseNumber: r.enterpriseNumber,
    language: r.language,
    exPwaSince: r.exPwaSince,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

function agreementOut(a: AgreementRow) {
  return {
    id: a.id,
    clientId: a.clientId,
    startDate: a.startDate,
    endDate: a.endDate,
    feeCents: a.feeCents,
    paymentReference: a.paymentReference,
    feePaidOn: a.feePaidOn,
    status: a.feePaidOn ? ("paid" as const) : ("awaiting_payment" as const),
    createdAt: iso(a.createdAt),
  };
}

/** The columns a client record is made of, after validation; shared by create and update. */
interface ClientValues {
  type: ClientTypeT;
  name: string;
  contactFirstName: string;
  contactLastName: string;
  phone: string | null;
  email: string | null;
  language: "nl" | "fr" | "en";
  street: string;
  houseNumber: string;
  postalCode: string;
  municipalityId: string;
  neighbourhoodId: string;
  lat: number | null;
  lon: number | null;
  nationalNumber: string | null;
  enterpriseNumber: string | null;
}


/**
 * The rules of a client record (RULES §3 categories; API.md POST /v1/clients): every type but
 * private is an organisation with a KBO number; an INSZ is only asked of private persons; phone
 * or e-mail, because many elderly clients only have a phone; the neighbourhood lies in the
 * municipality. Returns the normalized values or throws 422 with every problem at once.
 */
async function validateClient(tx: Tx, v: ClientValues): Promise<ClientValues> {
  const errors: FieldError[] = [];
  const out = { ...v };
  if (v.enterpriseNumber !== null) {
    const r = validateEnterpriseNumber(v.enterpriseNumber);
    if (r.ok) out.enterpriseNumber = r.value;
    else errors.push({ path: "enterpriseNumber", message: IDENTITY_MESSAGES[r.reason] ?? "Ongeldig ondernemingsnummer." });
  } else if (v.type !== "private") {
    errors.push({ path: "enterpriseNumber", message: "Een organisatie moet haar ondernemingsnummer (KBO) geven." });
  }
  if (v.nationalNumber !== null) {
    if (v.type !== "private") errors.push({ path: "nationalNumber", message: "Een rijksregisternummer vragen we alleen van particulieren." });
    else {
      const r = validateNationalNumber(v.nationalNumber);
      if (r.ok) out.nationalNumber = r.value;
      else errors.push({ path: "nationalNumber", message: IDENTITY_MESSAGES[r.reason] ?? "Ongeldig rijksregisternummer." });
    }
  }
  if (v.phone !== null) {
    const r = normalizePhone(v.phone);
    if (r.ok) out.phone = r.value;
    else errors.push({ path: "contact.phone", message: IDENTITY_MESSAGES[r.reason] ?? "Geen geldig telefoonnummer." });
  }
  if (v.email !== null) out.email = v.email.trim().toLowerCase();
  if (v.phone === null && v.email === null) errors.push({ path: "contact.phone", message: "Geef een telefoonnummer of een e-mailadres." });

  errors.push(...(await addressErrors(tx, v)));
  if (errors.length > 0) throw validationError(errors);
  return out;
}

/** 409 client.duplicate when another client of the tenant has the same INSZ or KBO number. */
async function assertUnique(tx: Tx, v: ClientValues, selfId?: string): Promise<void> {
  const c = schema.clients;
  const same: SQL[] = [];
  if (v.nationalNumber) same.push(eq(c.nationalNumber, v.nationalNumber));
  if (v.enterpriseNumber) same.push(eq(c.enterpriseNumber, v.enterpriseNumber));
  if (same.length === 0) return;
  const [dup] = await tx
    .select({ id: c.id, clientNumber: c.clientNumber })
    .from(c)
    .where(and(or(...same), selfId ? ne(c.id, selfId) : undefined))
    .limit(1);
  if (dup) throw duplicate(dup.id, dup.clientNumber);
}

function duplicate(existingId?: string, clientNumber?: number): AppError {
  return new AppError(
    "client.duplicate",
    clientNumber !== undefined ? `Deze gebruiker is al ingeschreven met gebruikersnummer ${clientNumber}.` : "Deze gebruiker is al ingeschreven.",
    existingId ? { existingId } : {},
  );
}

function rethrowUnique(err: unknown): never {
  const pg = pgError(err);
  if (pg?.code === PG.uniqueViolation && (pg.constraint_name === "clients_insz_uq" || pg.constraint_name === "clients_kbo_uq")) throw duplicate();
  throw err;
}

/** Clients see only their own record; another id is "not found", never "forbidden". */
function ownOnly(actor: TokenClaims, id: string): void {
  if (actor.role === "client" && actor.subjectId !== id) throw notFound("Deze gebruiker");
}

async function findClient(tx: Tx, id: string, forUpdate = false): Promise<ClientRow> {
  const q = tx.select().from(schema.clients).where(eq(schema.clients.id, id));
  const [row] = forUpdate ? await q.for("update") : await q;
  if (!row) throw notFound("Deze gebruiker");
  return row;
}

async function activeAgreement(tx: Tx, clientId: string, today: string) {
  const a = schema.clientAgreements;
  const [row] = await tx
    .select()
    .from(a)
    .where(and(eq(a.clientId, clientId), sql`${a.startDate} <= ${today}::date`, sql`${a.endDate} >= ${today}::date`))
    .limit(1);
  return row ? { startDate: row.startDate, endDate: row.endDate, feePaid: row.feePaidOn !== null || row.feeCents === 0 } : null;
}

const STAFF = ["admin", "consultant"] as const;
const READERS = ["admin", "consultant", "finance", "client"] as const;

/** Clients (gebruikers) and their yearly client agreements (gebruikersovereenkomst, RULES §3). */
const clients: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/clients",
    { config: { roles: STAFF, idempotent: true, errors: ["client.duplicate"] }, schema: { tags: ["clients"], summary: "Register a client", body: CreateBody, response: { 201: ClientOut, ...errorResponses(401, 403, 409, 422) } } },
    async (request, reply) => {
      const b: CreateBodyT = request.body;
      try {
        const out = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          const values = await validateClient(tx, {
            type: b.type as ClientTypeT,
            name: b.name,
            contactFirstName: b.contact.firstName,
            contactLastName: b.contact.lastName,
            phone: b.contact.phone ?? null,
            email: b.contact.email ?? null,
            language: b.language ?? "nl",
            street: b.address.street,
            houseNumber: b.address.number,
            postalCode: b.address.postalCode,
            municipalityId: b.address.municipalityId,
            neighbourhoodId: b.address.neighbourhoodId,
            lat: b.address.lat ?? null,
            lon: b.address.lon ?? null,
            nationalNumber: b.nationalNumber ?? null,
            enterpriseNumber: b.enterpriseNumber ?? null,
          });
          await assertUnique(tx, values);
          const counter = await tx.execute<{ n: string }>(sql`SELECT app_next_counter('client_number') AS n`);
          const clientNumber = Number(counter[0]?.n);
          const [row] = await tx.insert(schema.clients).values({ tenantId, id: randomUUID(), ...values, clientNumber, smsOptOut: false, emailOptOut: false }).returning();
          const created = { ...toOut(row!), activeAgreement: null };
          await audit({ entity: "client", entityId: created.id, action: "create", after: created });
          return created;
        });
        return reply.status(201).send(out);
      } catch (err) {
        rethrowUnique(err);
      }
    },
  );

  app.get(
    "/v1/clients",
    { config: { roles: READERS }, schema: { tags: ["clients"], summary: "List clients (national number masked)", querystring: ListQs, response: { 200: Page(ClientOut), ...errorResponses(401, 403, 422) } } },
    async (request) => {
      const { limit = 50, cursor, type, neighbourhoodId, q } = request.query;
      const after = decodeCursor(cursor, 1);
      return request.tenantTx(async ({ tx, actor }) => {
        const c = schema.clients;
        const where: (SQL | undefined)[] = [];
        if (actor.role === "client") where.push(eq(c.id, actor.subjectId ?? "00000000-0000-0000-0000-000000000000"));
        if (type) where.push(eq(c.type, type as ClientTypeT));
        if (neighbourhoodId) where.push(eq(c.neighbourhoodId, neighbourhoodId));
        if (q) {
          const like = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
          // Phones are stored as E.164: "0470 12 34 56" is found without its trunk 0.
          const digits = q.replace(/\D/g, "").replace(/^0/, "");
          where.push(
            or(
              ilike(c.name, like),
              ilike(c.contactLastName, like),
              ilike(c.contactFirstName, like),
              ilike(c.email, like),
              digits.length >= 3 ? sql`${c.phone} LIKE ${`%${digits}%`}` : undefined,
              /^\d{1,15}$/.test(q.trim()) ? eq(c.clientNumber, Number(q.trim())) : undefined,
            ),
          );
        }
        if (after) where.push(sql`${c.clientNumber} > ${Number(after[0])}`);
        const rows = await tx.select().from(c).where(and(...where)).orderBy(asc(c.clientNumber)).limit(limit + 1);
        const page = pageOf(rows, limit, (r) => [r.clientNumber]);
        return { items: page.items.map((r) => toOut(r, true)), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/clients/:id",
    { config: { roles: READERS }, schema: { tags: ["clients"], summary: "One client, with today's agreement", params: IdParams, response: { 200: ClientOut, ...errorResponses(401, 403, 404) } } },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownOnly(actor, request.params.id);
        const row = await findClient(tx, request.params.id);
        return { ...toOut(row), activeAgreement: await activeAgreement(tx, row.id, brusselsDateOf(new Date())) };
      }),
  );

  app.patch(
    "/v1/clients/:id",
    { config: { roles: STAFF, errors: ["client.duplicate"] }, schema: { tags: ["clients"], summary: "Change a client", params: IdParams, body: PatchBody, response: { 200: ClientOut, ...errorResponses(401, 403, 404, 409, 422) } } },
    async (request) => {
      const p = request.body;
      try {
        return await request.tenantTx(async ({ tx, audit }) => {
          const row = await findClient(tx, request.params.id, true);
          const before = toOut(row);
          const merged: ClientValues = {
            type: (p.type as ClientTypeT | undefined) ?? row.type,
            name: p.name ?? row.name,
            contactFirstName: p.contact?.firstName ?? row.contactFirstName,
            contactLastName: p.contact?.lastName ?? row.contactLastName,
            phone: p.contact?.phone !== undefined ? p.contact.phone : row.phone,
            email: p.contact?.email !== undefined ? p.contact.email : row.email,
            language: p.language ?? row.language,
            street: p.address?.street ?? row.street,
            houseNumber: p.address?.number ?? row.houseNumber,
            postalCode: p.address?.postalCode ?? row.postalCode,
            municipalityId: p.address?.municipalityId ?? row.municipalityId,
            neighbourhoodId: p.address?.neighbourhoodId ?? row.neighbourhoodId,
            lat: p.address?.lat !== undefined ? p.address.lat : row.lat,
            lon: p.address?.lon !== undefined ? p.address.lon : row.lon,
            nationalNumber: p.nationalNumber !== undefined ? p.nationalNumber : row.nationalNumber,
            enterpriseNumber: p.enterpriseNumber !== undefined ? p.enterpriseNumber : row.enterpriseNumber,
          };
          const values = await validateClient(tx, merged);
          await assertUnique(tx, values, row.id);
          if (p.exPwaSince && p.exPwaSince > brusselsDateOf(new Date())) throw validationError([{ path: "exPwaSince", message: "Deze datum ligt in de toekomst." }]);
          const exPwaSince = p.exPwaSince !== undefined ? p.exPwaSince : row.exPwaSince;
          const [updated] = await tx
            .update(schema.clients)
            .set({ ...values, exPwaSince, updatedAt: sql`now()` })
            .where(eq(schema.clients.id, row.id))
            .returning();
          const after = toOut(updated!);
          await audit({ entity: "client", entityId: row.id, action: "update", before, after });
          return { ...after, activeAgreement: await activeAgreement(tx, row.id, brusselsDateOf(new Date())) };
        });
      } catch (err) {
        rethrowUnique(err);
      }
    },
  );

  app.post(
    "/v1/clients/:id/agreements",
    {
      config: { roles: STAFF, idempotent: true, errors: ["client_agreement.overlaps"] },
      schema: { tags: ["clients"], summary: "Start a yearly client agreement; returns the registration fee and its OGM reference", params: IdParams, body: AgreementBody, response: { 201: AgreementOut, ...errorResponses(401, 403, 404, 409, 422) } },
    },
    async (request, reply) => {
      const { startDate } = request.body;
      try {
        const out = await request.tenantTx(async ({ tx, tenantId, audit }) => {
          // The row lock makes parallel requests for one client wait for each other, so the second sees the first.
          const client = await findClient(tx, request.params.id, true);
          // RULES §3: the agreement and its fee run per year.
          const endDate = lastDayOfMonthsPeriod(startDate, 12);
          const a = schema.clientAgreements;
          const [clash] = await tx
            .select()
            .from(a)
            .where(and(eq(a.clientId, client.id), sql`${a.startDate} <= ${endDate}::date`, sql`${a.endDate} >= ${startDate}::date`))
            .limit(1);
          if (clash) throw overlaps(clash.startDate, clash.endDate);
          const settings = await loadSettings(tx, tenantId);
          const counter = await tx.execute<{ n: string }>(sql`SELECT app_next_counter('ogm') AS n`);
          const paymentReference = makeOgm(Number(counter[0]?.n));
          const feeCents = settings.registrationFeeCents;
          const [row] = await tx
            .insert(a)
            .values({ tenantId, id: randomUUID(), clientId: client.id, startDate, endDate, feeCents, paymentReference, feePaidOn: feeCents === 0 ? brusselsDateOf(new Date()) : null })
            .returning();
          const created = agreementOut(row!);
          await audit({ entity: "client_agreement", entityId: created.id, action: "create", after: created });
          return created;
        });
        return reply.status(201).send(out);
      } catch (err) {
        if (pgError(err)?.code === PG.exclusionViolation) throw overlaps();
        throw err;
      }
    },
  );

  app.get(
    "/v1/clients/:id/agreements",
    { config: { roles: READERS }, schema: { tags: ["clients"], summary: "A client's agreements, newest first", params: IdParams, response: { 200: Type.Object({ items: Type.Array(AgreementOut) }), ...errorResponses(401, 403, 404) } } },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        ownOnly(actor, request.params.id);
        await findClient(tx, request.params.id);
        const a = schema.clientAgreements;
        const rows = await tx.select().from(a).where(eq(a.clientId, request.params.id)).orderBy(sql`${a.startDate} DESC`);
        return { items: rows.map(agreementOut) };
      }),
  );
};

function overlaps(start?: string, end?: string): AppError {
  return new AppError(
    "client_agreement.overlaps",
    start && end ? `Er loopt al een gebruikersovereenkomst van ${start} tot ${end}. Kies een begindatum na ${end}.` : "Er loopt al een gebruikersovereenkomst in deze periode.",
  );
}

export default clients;
