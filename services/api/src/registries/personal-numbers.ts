import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { encryption } from "@wijkwerk/db";
import { findClient } from "../clients/repository.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { findWorker } from "../workers/read.ts";

/**
 * Issue 20, encryption at rest: INSZ and IBAN are stored encrypted and every other read shows
 * them masked. These routes decrypt them for the roles that need them, and write one audit row
 * per read: who (the audit row's actor), when, whose, which fields — never the values.
 * Consultants and admins see a worker's INSZ and IBAN and a client's INSZ; finance a worker's IBAN.
 */
const nullable = (description: string) => Type.Union([Type.String(), Type.Null()], { description });

const WorkerNumbers = Type.Object({
  nationalNumber: nullable("The INSZ in full; null for finance, who may read the account only"),
  iban: nullable("The account in full, electronic format"),
});
const ClientNumbers = Type.Object({ nationalNumber: nullable("The INSZ in full; null when none is known") });

const personalNumbers: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/workers/:id/personal-numbers",
    {
      config: { roles: ["admin", "consultant", "finance"] },
      schema: {
        tags: ["workers"],
        summary: "A worker's INSZ and IBAN in full (issue 20): decrypted, and the read is written to the audit log",
        description:
          "Finance gets the account only (`nationalNumber` null). Each call writes an audit row (action `reveal`) naming the fields read, not their values.",
        params: IdParams,
        response: { 200: WorkerNumbers, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const row = await findWorker(ctx.tx, request.params.id);
        const withInsz = ctx.actor.role !== "finance";
        const fields = withInsz ? ["nationalNumber", "iban"] : ["iban"];
        await ctx.audit({ entity: "worker", entityId: row.id, action: "reveal", after: { fields } });
        return { nationalNumber: withInsz ? encryption.revealValue(row.nationalNumber) : null, iban: encryption.revealValue(row.iban) };
      }),
  );

  app.get(
    "/v1/clients/:id/personal-numbers",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["clients"],
        summary: "A client's INSZ in full (issue 20): decrypted, and the read is written to the audit log",
        description: "Each call writes an audit row (action `reveal`) naming the field read, not its value.",
        params: IdParams,
        response: { 200: ClientNumbers, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const row = await findClient(ctx.tx, request.params.id);
        await ctx.audit({ entity: "client", entityId: row.id, action: "reveal", after: { fields: ["nationalNumber"] } });
        return { nationalNumber: encryption.revealValue(row.nationalNumber) };
      }),
  );
};

export default personalNumbers;
