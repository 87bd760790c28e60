import { encryption } from "@wijkwerk/db";
import { brusselsYearOf } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import * as repo from "./repository.ts";
import type { TaxCertificateInput } from "./tax-certificate.ts";

/** What the fiscal certificate of a private client for a year says (RULES §4); the PDF is rendered outside the transaction. */
export async function taxCertificateInput(ctx: TenantContext, clientId: string, year: number): Promise<TaxCertificateInput> {
  const client = await repo.loadClient(ctx, clientId);
  if (client.type !== "private") throw new AppError("tax_certificate.not_private", "Alleen particulieren (natuurlijke personen) krijgen een fiscaal attest.");
  const organisation = await repo.certificateIssuer(ctx.tx, ctx.tenantId);
  const sums = await repo.yearOfVouchers(ctx.tx, ctx.tenantId, client.id, year);
  return {
    year,
    organisation,
    client: {
      name: client.name,
      street: client.street,
      houseNumber: client.houseNumber,
      postalCode: client.postalCode,
      // Issue 20: the certificate names the INSZ in full (tax form): decrypted here.
      nationalNumber: encryption.revealValue(client.nationalNumber),
      clientNumber: client.clientNumber,
    },
    ...sums,
    provisional: year >= brusselsYearOf(new Date()),
    language: client.language,
  };
}
