import { and, eq } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import type { FieldError } from "../errors/problem.ts";

/** Dutch (B1) messages for the reason codes of the domain's identity checks, for workers and clients alike. */
export const IDENTITY_MESSAGES: Record<string, string> = {
  "insz.format": "Een rijksregisternummer heeft 11 cijfers.",
  "insz.date": "De geboortedatum in dit rijksregisternummer bestaat niet.",
  "insz.sequence": "Dit rijksregisternummer bestaat niet.",
  "insz.checksum": "De controlecijfers van dit rijksregisternummer kloppen niet.",
  "insz.future": "De geboortedatum in dit rijksregisternummer ligt in de toekomst. Kijk het nummer na.",
  "kbo.format": "Een ondernemingsnummer heeft 10 cijfers.",
  "kbo.first_digit": "Een ondernemingsnummer begint met 0 of 1.",
  "kbo.checksum": "De controlecijfers van dit ondernemingsnummer kloppen niet.",
  "iban.format": "Dit is geen rekeningnummer. Een IBAN begint met 2 letters en 2 cijfers, bijvoorbeeld BE68 5390 0754 7034.",
  "iban.checksum": "De controlecijfers van dit rekeningnummer (IBAN) kloppen niet.",
  "iban.be_national_check": "Dit Belgische rekeningnummer bestaat niet: de laatste 2 cijfers kloppen niet.",
  "phone.format": "Geen geldig telefoonnummer.",
  "phone.length": "Dit telefoonnummer heeft niet het juiste aantal cijfers.",
  "phone.unknown": "Dit telefoonnummer bestaat niet. Kijk het nummer na.",
};

/**
 * An address must point into this tenant's geography: the municipality exists, the postal code is
 * one of its own, and the neighbourhood (which drives matching) lies inside it.
 */
export async function addressErrors(tx: Tx, a: { municipalityId: string; neighbourhoodId: string; postalCode: string }): Promise<FieldError[]> {
  const [m] = await tx
    .select({ postalCodes: schema.municipalities.postalCodes })
    .from(schema.municipalities)
    .where(eq(schema.municipalities.id, a.municipalityId));
  if (!m) return [{ path: "address.municipalityId", message: "Deze gemeente bestaat niet." }];
  const errors: FieldError[] = [];
  if (m.postalCodes.length > 0 && !m.postalCodes.includes(a.postalCode))
    errors.push({ path: "address.postalCode", message: `Deze postcode hoort niet bij de gemeente (${m.postalCodes.join(", ")}).` });
  const [n] = await tx
    .select({ id: schema.neighbourhoods.id })
    .from(schema.neighbourhoods)
    .where(and(eq(schema.neighbourhoods.id, a.neighbourhoodId), eq(schema.neighbourhoods.municipalityId, a.municipalityId)));
  if (!n) errors.push({ path: "address.neighbourhoodId", message: "Deze wijk ligt niet in de gekozen gemeente." });
  return errors;
}
