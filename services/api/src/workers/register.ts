import { randomUUID } from "node:crypto";
import { encryption } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { addressValues, mergedAddress } from "../registries/address.ts";
import { findWorker, workerDetail } from "./read.ts";
import * as repo from "./repository.ts";
import type { CreateBodyT, PatchBodyT } from "./schemas.ts";
import { assertUniqueNationalNumber, rethrowDuplicate, validateWorker } from "./validate.ts";

/** Registers a worker (RULES §1: domiciled in Flanders, referred by VDAB or the OCMW). */
export async function registerWorker(ctx: TenantContext, b: CreateBodyT) {
  try {
    const values = await validateWorker(
      ctx.tx,
      {
        firstName: b.firstName,
        lastName: b.lastName,
        nationalNumber: b.nationalNumber,
        phone: b.phone,
        email: b.email ?? null,
        language: b.language,
        ...addressValues(b.address),
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
    await assertUniqueNationalNumber(ctx.tx, values.nationalNumber);
    const id = randomUUID();
    const row = await repo.insertWorker(ctx.tx, ctx.tenantId, id, values);
    await repo.replaceSets(ctx.tx, ctx.tenantId, id, b.availability, b.activityCodes ?? []);
    const created = await workerDetail(ctx.tx, row);
    await ctx.audit({ entity: "worker", entityId: id, action: "create", after: created });
    return created;
  } catch (err) {
    return rethrowDuplicate(err);
  }
}

/** Changes a worker: the merged record passes the same rules as a registration. */
export async function changeWorker(ctx: TenantContext, id: string, p: PatchBodyT) {
  try {
    const row = await findWorker(ctx.tx, id, "update");
    const before = await workerDetail(ctx.tx, row);
    const values = await validateWorker(
      ctx.tx,
      {
        firstName: p.firstName ?? row.firstName,
        lastName: p.lastName ?? row.lastName,
        // Issue 20: the stored values are envelopes; the merged record is validated in full.
        nationalNumber: p.nationalNumber ?? encryption.revealValue(row.nationalNumber),
        phone: p.phone ?? row.phone,
        email: p.email !== undefined ? p.email : row.email,
        language: p.language ?? row.language,
        ...mergedAddress(p.address, row),
        iban: p.iban ?? encryption.revealValue(row.iban),
        referrer: p.referrer ?? row.referrer,
        referralDate: p.referralDate !== undefined ? p.referralDate : row.referralDate,
        referralReference: p.referralReference !== undefined ? p.referralReference : row.referralReference,
        maxTravelKm: p.maxTravelKm ?? Number(row.maxTravelKm),
        status: p.status ?? row.status,
      },
      p.availability,
      p.activityCodes,
    );
    await assertUniqueNationalNumber(ctx.tx, values.nationalNumber, row.id);
    const updated = await repo.updateWorker(ctx.tx, row.id, values);
    await repo.replaceSets(ctx.tx, ctx.tenantId, row.id, p.availability, p.activityCodes);
    const after = await workerDetail(ctx.tx, updated);
    await ctx.audit({ entity: "worker", entityId: row.id, action: "update", before, after });
    return after;
  } catch (err) {
    return rethrowDuplicate(err);
  }
}
