import { randomUUID } from "node:crypto";
import { and, asc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { encryption, schema, type Tx } from "@wijkwerk/db";
import { sequenceOgm } from "@wijkwerk/domain";
import { notFound } from "../errors/problem.ts";
import type { AddressValues } from "../registries/address.ts";
import { containsPattern, inNeighbourhoodNamed, nationalNumberOf, phoneDigits } from "../search.ts";
import type { ClientTypeT } from "./schemas.ts";

export type ClientRow = typeof schema.clients.$inferSelect;
export type AgreementRow = typeof schema.clientAgreements.$inferSelect;

/** The columns a client record is made of, after validation; shared by create and update. */
export interface ClientValues extends AddressValues {
  type: ClientTypeT;
  name: string;
  contactFirstName: string;
  contactLastName: string;
  phone: string | null;
  email: string | null;
  language: "nl" | "fr" | "en";
  /** Plain here; stored encrypted with its hash and masked form (issue 20, insertClient/updateClient). */
  nationalNumber: string | null;
  enterpriseNumber: string | null;
}

export async function findClient(tx: Tx, id: string, forUpdate = false): Promise<ClientRow> {
  const q = tx.select().from(schema.clients).where(eq(schema.clients.id, id));
  const [row] = forUpdate ? await q.for("update") : await q;
  if (!row) throw notFound("Deze gebruiker");
  return row;
}

/** Another client of the tenant with the same INSZ or KBO number, if any. */
export async function sameIdentity(tx: Tx, v: Pick<ClientValues, "nationalNumber" | "enterpriseNumber">, selfId?: string) {
  const c = schema.clients;
  const same: SQL[] = [];
  if (v.nationalNumber) same.push(inArray(c.nationalNumberHmac, encryption.nationalNumberHashes(v.nationalNumber)));
  if (v.enterpriseNumber) same.push(eq(c.enterpriseNumber, v.enterpriseNumber));
  if (same.length === 0) return undefined;
  const [dup] = await tx
    .select({ id: c.id, clientNumber: c.clientNumber })
    .from(c)
    .where(and(or(...same), selfId ? ne(c.id, selfId) : undefined))
    .limit(1);
  return dup;
}

export async function insertClient(tx: Tx, tenantId: string, values: ClientValues): Promise<ClientRow> {
  const counter = await tx.execute<{ n: string }>(sql`SELECT app_next_counter('client_number') AS n`);
  const clientNumber = Number(counter[0]?.n);
  const [row] = await tx
    .insert(schema.clients)
    .values({
      tenantId,
      id: randomUUID(),
      ...values,
      ...encryption.sealNationalNumber(values.nationalNumber),
      clientNumber,
      smsOptOut: false,
      emailOptOut: false,
    })
    .returning();
  return row!;
}

export async function updateClient(tx: Tx, id: string, values: ClientValues & { exPwaSince: string | null }): Promise<ClientRow> {
  const [row] = await tx
    .update(schema.clients)
    .set({ ...values, ...encryption.sealNationalNumber(values.nationalNumber), updatedAt: sql`now()` })
    .where(eq(schema.clients.id, id))
    .returning();
  return row!;
}

/**
 * One page of clients by client number. `q` finds part of a name, contact, e-mail or street, a phone
 * as people type it, a whole INSZ, or the client number; a client token sees only itself.
 */
export async function listClients(
  tx: Tx,
  f: {
    onlyId?: string | undefined;
    type?: ClientTypeT | undefined;
    neighbourhoodId?: string | undefined;
    q?: string | undefined;
    after: number | undefined;
    limit: number;
  },
): Promise<ClientRow[]> {
  const c = schema.clients;
  const where: (SQL | undefined)[] = [];
  if (f.onlyId !== undefined) where.push(eq(c.id, f.onlyId));
  // Issue 20: an erased client (a pseudonym kept for the books) is never found by a search.
  else where.push(sql`${c.erasedAt} IS NULL`);
  if (f.type) where.push(eq(c.type, f.type));
  if (f.neighbourhoodId) where.push(eq(c.neighbourhoodId, f.neighbourhoodId));
  if (f.q) {
    const like = containsPattern(f.q);
    const digits = phoneDigits(f.q);
    where.push(
      or(
        ilike(c.name, like),
        ilike(c.contactLastName, like),
        ilike(c.contactFirstName, like),
        ilike(c.email, like),
        ilike(c.street, like),
        inNeighbourhoodNamed(c.neighbourhoodId, like),
        nationalNumberOf(f.q) ? inArray(c.nationalNumberHmac, encryption.nationalNumberHashes(nationalNumberOf(f.q)!)) : undefined,
        digits ? sql`${c.phone} LIKE ${`%${digits}%`}` : undefined,
        /^\d{1,15}$/.test(f.q.trim()) ? eq(c.clientNumber, Number(f.q.trim())) : undefined,
      ),
    );
  }
  if (f.after !== undefined) where.push(sql`${c.clientNumber} > ${f.after}`);
  return tx
    .select()
    .from(c)
    .where(and(...where))
    .orderBy(asc(c.clientNumber))
    .limit(f.limit + 1);
}

/** Today's agreement of a client, as the client record shows it. */
export async function activeAgreement(tx: Tx, clientId: string, today: string) {
  const a = schema.clientAgreements;
  const [row] = await tx
    .select()
    .from(a)
    .where(and(eq(a.clientId, clientId), sql`${a.startDate} <= ${today}::date`, sql`${a.endDate} >= ${today}::date`))
    .limit(1);
  return row ? { startDate: row.startDate, endDate: row.endDate, feePaid: row.feePaidOn !== null || row.feeCents === 0 } : null;
}

export async function agreementOverlapping(tx: Tx, clientId: string, startDate: string, endDate: string): Promise<AgreementRow | undefined> {
  const a = schema.clientAgreements;
  const [clash] = await tx
    .select()
    .from(a)
    .where(and(eq(a.clientId, clientId), sql`${a.startDate} <= ${endDate}::date`, sql`${a.endDate} >= ${startDate}::date`))
    .limit(1);
  return clash;
}

/** A new agreement with the next OGM of the tenant as its payment reference. */
export async function insertAgreement(
  tx: Tx,
  tenantId: string,
  v: { clientId: string; startDate: string; endDate: string; feeCents: number; feePaidOn: string | null },
): Promise<AgreementRow> {
  const counter = await tx.execute<{ n: string }>(sql`SELECT app_next_counter('ogm') AS n`);
  const [row] = await tx
    .insert(schema.clientAgreements)
    .values({ tenantId, id: randomUUID(), ...v, paymentReference: sequenceOgm(Number(counter[0]?.n)) })
    .returning();
  return row!;
}

export async function agreementsOf(tx: Tx, clientId: string): Promise<AgreementRow[]> {
  const a = schema.clientAgreements;
  return tx
    .select()
    .from(a)
    .where(eq(a.clientId, clientId))
    .orderBy(sql`${a.startDate} DESC`);
}
