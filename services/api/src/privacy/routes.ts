import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { erasePerson, type Kind } from "./erasure.ts";
import { exportClient } from "./export-client.ts";
import { renderExportPdf } from "./export-pdf.ts";
import { exportWorker } from "./export-worker.ts";
import * as S from "./schemas.ts";

const EXPORTERS = { worker: exportWorker, client: exportClient } as const;
const PLURAL: Record<Kind, string> = { worker: "workers", client: "clients" };

/** Issue 20, the person's rights: data export (JSON and PDF) and erasure of a worker or a client. */
const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const kind of ["worker", "client"] as const) {
    const base = `/v1/${PLURAL[kind]}/:id`;
    const tags = [PLURAL[kind]];
    app.get(
      `${base}/data-export`,
      {
        config: { roles: ["admin", "consultant"] },
        schema: {
          tags,
          summary: `Everything held about this ${kind}, as JSON (GDPR art. 15 and 20); audited`,
          params: IdParams,
          response: { 200: S.ExportOut, ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const out = await request.tenantTx((ctx) => EXPORTERS[kind](ctx, request.params.id));
        return reply.header("content-disposition", `attachment; filename="gegevens-${request.params.id}.json"`).send(out);
      },
    );

    app.get(
      `${base}/data-export.pdf`,
      {
        config: { roles: ["admin", "consultant"] },
        schema: {
          tags,
          summary: `Everything held about this ${kind}, as a readable PDF; audited`,
          params: IdParams,
          produces: ["application/pdf"],
          response: { 200: Type.Unsafe<Buffer>({ type: "string", format: "binary", description: "application/pdf" }), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const out = await request.tenantTx((ctx) => EXPORTERS[kind](ctx, request.params.id));
        const pdf = await renderExportPdf(out);
        return reply.type("application/pdf").header("content-disposition", `attachment; filename="gegevens-${request.params.id}.pdf"`).send(pdf);
      },
    );

    app.post(
      `${base}/erasure`,
      {
        config: { roles: ["admin"], errors: ["privacy.money_open", "privacy.work_open", "privacy.already_erased"] },
        schema: {
          tags,
          summary: `Erase this ${kind}: pseudonymise what the books need, delete the rest (GDPR art. 17); refused while money or work is open`,
          params: IdParams,
          body: S.ErasureBody,
          response: { 200: S.ErasureOut, ...errorResponses(401, 403, 404, 409, 422) },
        },
      },
      async (request) => request.tenantTx((ctx) => erasePerson(ctx, kind, request.params.id, request.body.reason)),
    );
  }
};

export default privacyRoutes;
