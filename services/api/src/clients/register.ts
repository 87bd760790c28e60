import { brusselsDateOf } from "@wijkwerk/domain";
import { encryption } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { addressValues, mergedAddress } from "../registries/address.ts";
import { validationError } from "../errors/problem.ts";
import * as repo from "./repository.ts";
import type { ClientTypeT, CreateBodyT, PatchBodyT } from "./schemas.ts";
import { assertUnique, rethrowUnique, validateClient } from "./validate.ts";
import { clientOut } from "./views.ts";

/** Registers a client with the next client number of the tenant. */
export async function registerClient(ctx: TenantContext, b: CreateBodyT) {
  try {
    const values = await validateClient(ctx.tx, {
      type: b.type as ClientTypeT,
      name: b.name,
      contactFirstName: b.contact.firstName,
      contactLastName: b.contact.lastName,
      phone: b.contact.phone ?? null,
      email: b.contact.email ?? null,
      language: b.language ?? "nl",
      ...addressValues(b.address),
      nationalNumber: b.nationalNumber ?? null,
      enterpriseNumber: b.enterpriseNumber ?? null,
    });
    await assertUnique(ctx.tx, values);
    const created = { ...clientOut(await repo.insertClient(ctx.tx, ctx.tenantId, values)), activeAgreement: null };
    await ctx.audit({ entity: "client", entityId: created.id, action: "create", after: created });
    return created;
  } catch (err) {
    return rethrowUnique(err);
  }
}

/** Changes a client: the merged record passes the same rules as a registration. */
export async function changeClient(ctx: TenantContext, id: string, p: PatchBodyT) {
  try {
    const row = await repo.findClient(ctx.tx, id, true);
    const before = clientOut(row);
    const values = await validateClient(ctx.tx, {
      type: (p.type as ClientTypeT | undefined) ?? row.type,
      name: p.name ?? row.name,
      contactFirstName: p.contact?.firstName ?? row.contactFirstName,
      contactLastName: p.contact?.lastName ?? row.contactLastName,
      phone: p.contact?.phone !== undefined ? p.contact.phone : row.phone,
      email: p.contact?.email !== undefined ? p.contact.email : row.email,
      language: p.language ?? row.language,
      ...mergedAddress(p.address, row),
      nationalNumber: p.nationalNumber !== undefined ? p.nationalNumber : encryption.revealValue(row.nationalNumber),
      enterpriseNumber: p.enterpriseNumber !== undefined ? p.enterpriseNumber : row.enterpriseNumber,
    });
    await assertUnique(ctx.tx, values, row.id);
    const today = brusselsDateOf(new Date());
    if (p.exPwaSince && p.exPwaSince > today) throw validationError([{ path: "exPwaSince", message: "Deze datum ligt in de toekomst." }]);
    const exPwaSince = p.exPwaSince !== undefined ? p.exPwaSince : row.exPwaSince;
    const after = clientOut(await repo.updateClient(ctx.tx, row.id, { ...values, exPwaSince }));
    await ctx.audit({ entity: "client", entityId: row.id, action: "update", before, after });
    return { ...after, activeAgreement: await repo.activeAgreement(ctx.tx, row.id, today) };
  } catch (err) {
    return rethrowUnique(err);
  }
}
