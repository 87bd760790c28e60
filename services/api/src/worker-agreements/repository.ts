import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";

export type AgreementRow = typeof schema.workerAgreements.$inferSelect;
const a = schema.workerAgreements;

/** An agreement of the worker overlapping the period (both ends inclusive; no end = open). */
export async function overlapping(tx: Tx, workerId: string, startDate: string, endDate: string | null): Promise<AgreementRow | undefined> {
  const [clash] = await tx
    .select()
    .from(a)
    .where(and(eq(a.workerId, workerId), sql`daterange(${a.startDate}, ${a.endDate}, '[]') && daterange(${startDate}::date, ${endDate}::date, '[]')`))
    .limit(1);
  return clash;
}

export async function agreementsOf(tx: Tx, workerId: string): Promise<AgreementRow[]> {
  return tx.select().from(a).where(eq(a.workerId, workerId)).orderBy(desc(a.startDate));
}

/** The agreement running on `date`, if any. */
export async function agreementOn(tx: Tx, workerId: string, date: string): Promise<AgreementRow | undefined> {
  const [current] = await tx
    .select()
    .from(a)
    .where(and(eq(a.workerId, workerId), sql`${a.startDate} <= ${date}::date`, sql`(${a.endDate} IS NULL OR ${a.endDate} >= ${date}::date)`))
    .limit(1);
  return current;
}

export async function insertAgreement(
  tx: Tx,
  tenantId: string,
  v: {
    workerId: string;
    startDate: string;
    endDate: string | null;
    legacyPwa: boolean;
    pwaAgreementDate: string | null;
    reReferralDate: string | null;
    reReferredBy: "vdab" | "ocmw" | null;
  },
): Promise<AgreementRow> {
  const [row] = await tx
    .insert(a)
    .values({ tenantId, id: randomUUID(), ...v })
    .returning();
  return row!;
}
