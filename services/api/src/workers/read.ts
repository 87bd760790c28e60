import { asc, eq } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import type { TokenClaims } from "../context.ts";
import { maskIban, maskNationalNumber, reachability } from "@wijkwerk/domain";
import { storedMask } from "../registries/stored-mask.ts";
import { notFound } from "../errors/problem.ts";
import { addressOut } from "../registries/address.ts";

export type WorkerRow = typeof schema.workers.$inferSelect;

const iso = (t: string) => new Date(t).toISOString();

/** A worker token reads only its own record; any other id is "not found", never "forbidden". */
export function ownWorkerOnly(actor: TokenClaims, id: string): void {
  if (actor.role === "worker" && actor.subjectId !== id) throw notFound("Deze wijk-werker");
}

/** `lock` queues concurrent changes to one worker; "no key update" still lets other sessions insert rows that reference the worker. */
export async function findWorker(tx: Tx, id: string, lock?: "update" | "no key update"): Promise<WorkerRow> {
  const q = tx.select().from(schema.workers).where(eq(schema.workers.id, id));
  const [row] = lock ? await q.for(lock) : await q;
  if (!row) throw notFound("Deze wijk-werker");
  return row;
}

/**
 * The flat record, INSZ and IBAN masked (privacy: a list is seen over a shoulder at a zitdag).
 * Issue 20: they are stored encrypted; the masked forms are stored next to them, so no read here
 * decrypts. The full values: GET /v1/workers/{id}/personal-numbers (audited).
 */
export function workerBase(r: WorkerRow) {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    nationalNumber: storedMask(r.nationalNumberMasked, r.nationalNumber, maskNationalNumber),
    phone: r.phone,
    email: r.email,
    language: r.language,
    address: addressOut(r),
    iban: storedMask(r.ibanMasked, r.iban, maskIban),
    referrer: r.referrer,
    referralDate: r.referralDate,
    referralReference: r.referralReference,
    maxTravelKm: Number(r.maxTravelKm),
    status: r.status,
    unreachable: reachability({ email: r.email, phone: r.phone, smsOptOut: r.smsOptOut, emailOptOut: r.emailOptOut }).unreachable,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** The full record of GET /v1/workers/{id}: availability, activities and skills included. */
export async function workerDetail(tx: Tx, r: WorkerRow) {
  const av = schema.workerAvailability;
  const wa = schema.workerActivities;
  const ws = schema.workerSkills;
  // One transaction is one connection: the queries run one after the other anyway.
  const availability = await tx
    .select({ weekday: av.weekday, from: av.fromTime, to: av.toTime })
    .from(av)
    .where(eq(av.workerId, r.id))
    .orderBy(asc(av.weekday), asc(av.fromTime));
  const activities = await tx.select({ code: wa.activityCode }).from(wa).where(eq(wa.workerId, r.id)).orderBy(asc(wa.activityCode));
  const skills = await tx
    .select({ skillId: ws.skillId, name: schema.skills.name, obtainedOn: ws.obtainedOn })
    .from(ws)
    .innerJoin(schema.skills, eq(schema.skills.id, ws.skillId))
    .where(eq(ws.workerId, r.id))
    .orderBy(asc(schema.skills.name));
  return {
    ...workerBase(r),
    availability: availability.map((a) => ({ weekday: a.weekday, from: a.from.slice(0, 5), to: a.to.slice(0, 5) })),
    activityCodes: activities.map((a) => a.code),
    skills,
  };
}
