import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { pgError, PG, schema } from "@wijkwerk/db";
import { normalizePhone } from "@wijkwerk/domain";
import { AppError, validationError } from "../errors/problem.ts";
import { hashPassword } from "../passwords.ts";
import { Email, errorResponses, Uuid } from "../schemas/common.ts";

const Body = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    slug: Type.String({ pattern: "^[a-z0-9][a-z0-9-]{1,62}$", description: "short name used at sign-in, e.g. gent" }),
    adminEmail: Email,
    adminPassword: Type.String({ minLength: 12, maxLength: 200 }),
    phone: Type.Optional(
      Type.String({ minLength: 6, maxLength: 30, description: "Public phone number shown to clients and workers", examples: ["09 210 10 10"] }),
    ),
    email: Type.Optional(Email),
  },
  { additionalProperties: false },
);

/** The SaaS operator creates a tenant with its first admin (API.md "Platform and sign-in"). */
const platform: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/platform/tenants",
    {
      config: { platform: true, errors: ["tenant.slug_taken"] },
      schema: {
        tags: ["platform"],
        summary: "Create a tenant",
        body: Body,
        response: { 201: Type.Object({ id: Uuid, slug: Type.String() }), ...errorResponses(401, 409, 422) },
      },
    },
    async (request, reply) => {
      const { name, slug, adminEmail, adminPassword } = request.body;
      let phone: string | null = null;
      if (request.body.phone !== undefined) {
        const p = normalizePhone(request.body.phone);
        if (!p.ok) throw validationError([{ path: "phone", message: "Dit telefoonnummer kunnen we niet lezen. Schrijf het zo: 09 210 10 10." }]);
        phone = p.value;
      }
      const email = request.body.email?.trim().toLowerCase() ?? null;
      const id = randomUUID();
      const adminId = randomUUID();
      const passwordHash = await hashPassword(adminPassword);
      try {
        await request.tenantTx(
          async ({ tx, audit }) => {
            await tx.insert(schema.tenants).values({ id, slug, name, phone, email, settings: {} });
            await tx
              .insert(schema.staff)
              .values({ tenantId: id, id: adminId, email: adminEmail.toLowerCase(), name: "Beheerder", role: "admin", passwordHash });
            await audit({ entity: "tenant", entityId: id, action: "create", after: { name, slug, adminEmail } });
          },
          { tenantId: id },
        );
      } catch (err) {
        if (pgError(err)?.code === PG.uniqueViolation) throw new AppError("tenant.slug_taken", `De korte naam "${slug}" is al in gebruik.`);
        throw err;
      }
      return reply.status(201).send({ id, slug });
    },
  );
};

export default platform;
