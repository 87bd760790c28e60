import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { eq } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { validateEnterpriseNumber, validateIban } from "@wijkwerk/domain";
import { AppError, validationError, type FieldError } from "../errors/problem.ts";
import { IDENTITY_MESSAGES } from "../registries/shared-checks.ts";
import { errorResponses } from "../schemas/common.ts";
import { PAYOUT_ROLES } from "../payouts/roles.ts";

const AccountOut = Type.Object({
  name: Type.String({ description: "Account holder, as the bank knows it: the debtor name in SEPA files." }),
  iban: Type.String({ description: "Electronic format, e.g. BE68539007547034." }),
  bic: Type.Union([Type.String(), Type.Null()]),
  enterpriseNumber: Type.Union([Type.String(), Type.Null()], { description: "KBO number, 10 digits: named on the fiscal certificate" }),
  address: Type.Union([Type.Object({ street: Type.String(), number: Type.String(), postalCode: Type.String(), city: Type.String() }), Type.Null()], {
    description: "Named on the fiscal certificate",
  }),
  updatedAt: Type.String(),
});

const AccountBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 70 }),
    iban: Type.String({ minLength: 1, maxLength: 42, examples: ["BE68 5390 0754 7034"] }),
    bic: Type.Optional(Type.Union([Type.String({ maxLength: 14 }), Type.Null()], { examples: ["GKCCBEBB"] })),
    enterpriseNumber: Type.Optional(Type.Union([Type.String({ maxLength: 20, examples: ["0123.456.749"] }), Type.Null()])),
    address: Type.Optional(
      Type.Union([
        Type.Object(
          {
            street: Type.String({ minLength: 1, maxLength: 100 }),
            number: Type.String({ minLength: 1, maxLength: 20 }),
            postalCode: Type.String({ pattern: "^[1-9][0-9]{3}$", examples: ["9000"] }),
            city: Type.String({ minLength: 1, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

type Row = typeof schema.organisationAccounts.$inferSelect;
const out = (r: Row) => ({
  name: r.name,
  iban: r.iban,
  bic: r.bic,
  enterpriseNumber: r.enterpriseNumber,
  address: r.street && r.houseNumber && r.postalCode && r.city ? { street: r.street, number: r.houseNumber, postalCode: r.postalCode, city: r.city } : null,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

async function load(tx: Tx, tenantId: string, lock = false): Promise<Row | undefined> {
  const oa = schema.organisationAccounts;
  const q = tx.select().from(oa).where(eq(oa.tenantId, tenantId));
  const [row] = lock ? await q.for("update") : await q;
  return row;
}

/**
 * The tenant's own bank account: the debtor of its SEPA payout files. A run copies it when it is
 * computed, so a change reaches drafts when they are refreshed and never an approved run.
 */
const organisationAccount: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/organisation-account",
    {
      config: { roles: PAYOUT_ROLES, errors: ["resource.not_found"] },
      schema: {
        tags: ["payouts"],
        summary: "The organisation's bank account (debtor of the SEPA payout files)",
        response: { 200: AccountOut, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId }) => {
        const row = await load(tx, tenantId);
        if (!row) throw new AppError("resource.not_found", "Er is nog geen bankrekening van de organisatie ingevuld.");
        return out(row);
      }),
  );

  app.put(
    "/v1/organisation-account",
    {
      config: { roles: PAYOUT_ROLES },
      schema: {
        tags: ["payouts"],
        summary: "Set the organisation's bank account",
        description:
          "The IBAN is checked (ISO 13616, and the national check for Belgian accounts). Payout runs copy the account when they are computed: refresh a draft to use the new one.",
        body: AccountBody,
        response: { 200: AccountOut, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const errors: FieldError[] = [];
      const name = request.body.name.trim().replace(/\s+/g, " ");
      if (name === "") errors.push({ path: "name", message: "Geef de naam van de rekeninghouder, zoals de bank die kent." });
      const iban = validateIban(request.body.iban);
      if (!iban.ok) errors.push({ path: "iban", message: IDENTITY_MESSAGES[iban.reason] ?? "Ongeldig rekeningnummer." });
      const bicInput = (request.body.bic ?? "").replace(/\s/g, "").toUpperCase();
      if (bicInput !== "" && !BIC.test(bicInput))
        errors.push({ path: "bic", message: "Een BIC heeft 8 of 11 letters en cijfers, bijvoorbeeld GKCCBEBB. U mag dit veld ook leeg laten." });
      // Left out = kept as it is; null = cleared (the finance form that only knows the account keeps the rest).
      let enterpriseNumber: string | null | undefined = request.body.enterpriseNumber === undefined ? undefined : null;
      if (request.body.enterpriseNumber) {
        const kbo = validateEnterpriseNumber(request.body.enterpriseNumber);
        if (kbo.ok) enterpriseNumber = kbo.value;
        else errors.push({ path: "enterpriseNumber", message: "Dit ondernemingsnummer klopt niet. Schrijf het zo: 0123.456.749." });
      }
      if (errors.length > 0 || !iban.ok) throw validationError(errors);
      const bic = bicInput === "" ? null : bicInput;
      const a = request.body.address;
      const identity = {
        ...(enterpriseNumber !== undefined ? { enterpriseNumber } : {}),
        ...(a !== undefined
          ? { street: a?.street.trim() ?? null, houseNumber: a?.number.trim() ?? null, postalCode: a?.postalCode ?? null, city: a?.city.trim() ?? null }
          : {}),
      };

      return request.tenantTx(async ({ tx, tenantId, audit }) => {
        const before = await load(tx, tenantId, true);
        const oa = schema.organisationAccounts;
        const [row] = await tx
          .insert(oa)
          .values({ tenantId, name, iban: iban.value, bic, ...identity })
          .onConflictDoUpdate({ target: oa.tenantId, set: { name, iban: iban.value, bic, ...identity, updatedAt: new Date().toISOString() } })
          .returning();
        const after = out(row!);
        await audit({ entity: "organisation_account", entityId: tenantId, action: before ? "update" : "create", before: before ? out(before) : null, after });
        return after;
      });
    },
  );
};

export default organisationAccount;
