import { randomUUID } from "node:crypto";
import type { TenantContext } from "../context.ts";
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
