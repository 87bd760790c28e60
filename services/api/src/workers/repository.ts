import { and, asc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { encryption, schema, type Tx } from "@wijkwerk/db";
import { containsPattern, inNeighbourhoodNamed, nationalNumberOf, phoneDigits } from "../search.ts";
import type { WorkerRow } from "./read.ts";
import type { AvailabilitySlot, WorkerValues } from "./validate.ts";

/** Issue 20: the INSZ and IBAN as stored — envelopes, the INSZ's lookup hash, masked forms. */
function sealed(values: WorkerValues) {
  const iban = encryption.sealIban(values.iban);
  return { ...values, ...encryption.sealNationalNumber(values.nationalNumber), iban: iban.envelope, ibanMasked: iban.masked };
}

export async function insertWorker(tx: Tx, tenantId: string, id: string, values: WorkerValues): Promise<WorkerRow> {
  const [row] = await tx
    .insert(schema.workers)
    .values({ tenantId, id, ...sealed(values), smsOptOut: false, emailOptOut: false })
    .returning();
  return row!;
}

export async function updateWorker(tx: Tx, id: string, values: WorkerValues): Promise<WorkerRow> {
  const [row] = await tx
    .update(schema.workers)
    .set({ ...sealed(values), updatedAt: sql`now()` })
    .where(eq(schema.workers.id, id))
    .returning();
  return row!;
}

/** Replaces the weekly availability and the activity list when given (PATCH semantics: absent = unchanged). */
export async function replaceSets(tx: Tx, tenantId: string, workerId: string, availability?: AvailabilitySlot[], activityCodes?: string[]): Promise<void> {
  if (availability) {
    await tx.delete(schema.workerAvailability).where(eq(schema.workerAvailability.workerId, workerId));
    if (availability.length > 0)
      await tx.insert(schema.workerAvailability).values(availability.map((a) => ({ tenantId, workerId, weekday: a.weekday, fromTime: a.from, toTime: a.to })));
  }
  if (activityCodes) {
    await tx.delete(schema.workerActivities).where(eq(schema.workerActivities.workerId, workerId));
    const codes = [...new Set(activityCodes)];
    if (codes.length > 0) await tx.insert(schema.workerActivities).values(codes.map((activityCode) => ({ tenantId, workerId, activityCode })));
  }
}

/** One page of workers by name. `q` finds part of a first or last name (either order), e-mail, street or wijk, a phone as people type it, or a whole INSZ. */
export async function listWorkers(
  tx: Tx,
  f: {
    neighbourhoodId?: string | undefined;
    status?: "active" | "inactive" | undefined;
    q?: string | undefined;
    after: readonly (string | number)[] | undefined;
    limit: number;
  },
): Promise<WorkerRow[]> {
  const w = schema.workers;
  // Issue 20: an erased worker (a pseudonym kept for the books) is never found by a search.
  const where: (SQL | undefined)[] = [sql`${w.erasedAt} IS NULL`];
  if (f.neighbourhoodId) where.push(eq(w.neighbourhoodId, f.neighbourhoodId));
  if (f.status) where.push(eq(w.status, f.status));
  if (f.q) {
    const like = containsPattern(f.q);
    const digits = phoneDigits(f.q);
    where.push(
      or(
        ilike(w.firstName, like),
        ilike(w.lastName, like),
        sql`(${w.firstName} || ' ' || ${w.lastName}) ILIKE ${like}`,
        sql`(${w.lastName} || ' ' || ${w.firstName}) ILIKE ${like}`,
        ilike(w.email, like),
        ilike(w.street, like),
        inNeighbourhoodNamed(w.neighbourhoodId, like),
        digits ? sql`${w.phone} LIKE ${`%${digits}%`}` : undefined,
        // An INSZ typed with or without its dots and dash: the whole number, never a part of it.
        nationalNumberOf(f.q) ? inArray(w.nationalNumberHmac, encryption.nationalNumberHashes(nationalNumberOf(f.q)!)) : undefined,
      ),
    );
  }
  if (f.after) where.push(sql`(${w.lastName}, ${w.firstName}, ${w.id}) > (${String(f.after[0])}, ${String(f.after[1])}, ${String(f.after[2])}::uuid)`);
  return tx
    .select()
    .from(w)
    .where(and(...where))
    .orderBy(asc(w.lastName), asc(w.firstName), asc(w.id))
    .limit(f.limit + 1);
}

export async function skillById(tx: Tx, skillId: string) {
  const [skill] = await tx.select().from(schema.skills).where(eq(schema.skills.id, skillId));
  return skill;
}

/** Records (or re-dates) a worker's skill; returns the date it had before, if any. */
export async function upsertSkill(tx: Tx, tenantId: string, workerId: string, skillId: string, obtainedOn: string): Promise<string | undefined> {
  const ws = schema.workerSkills;
  const [existing] = await tx
    .select()
    .from(ws)
    .where(and(eq(ws.workerId, workerId), eq(ws.skillId, skillId)));
  await tx
    .insert(ws)
    .values({ tenantId, workerId, skillId, obtainedOn })
    .onConflictDoUpdate({ target: [ws.tenantId, ws.workerId, ws.skillId], set: { obtainedOn } });
  return existing?.obtainedOn;
}
