import type { Tx } from "@wijkwerk/db";
import { pgError, PG } from "@wijkwerk/db";
import { normalizePhone, validateEnterpriseNumber, validateNationalNumber } from "@wijkwerk/domain";
import { AppError, validationError, type FieldError } from "../errors/problem.ts";
import { addressErrors, IDENTITY_MESSAGES } from "../registries/shared-checks.ts";
import { sameIdentity, type ClientValues } from "./repository.ts";

/**
 * The rules of a client record (RULES §3 categories; API.md POST /v1/clients): every type but
 * private is an organisation with a KBO number; an INSZ is only asked of private persons; phone
 * or e-mail, because many elderly clients only have a phone; the neighbourhood lies in the
 * municipality. Returns the normalized values or throws 422 with every problem at once.
 */
export async function validateClient(tx: Tx, v: ClientValues): Promise<ClientValues> {
  const errors: FieldError[] = [];
  const out = { ...v };
  if (v.enterpriseNumber !== null) {
    const r = validateEnterpriseNumber(v.enterpriseNumber);
    if (r.ok) out.enterpriseNumber = r.value;
    else errors.push({ path: "enterpriseNumber", message: IDENTITY_MESSAGES[r.reason] ?? "Ongeldig ondernemingsnummer." });
  } else if (v.type !== "private") {
    errors.push({ path: "enterpriseNumber", message: "Een organisatie moet haar ondernemingsnummer (KBO) geven." });
  }
  if (v.nationalNumber !== null) {
    if (v.type !== "private") errors.push({ path: "nationalNumber", message: "Een rijksregisternummer vragen we alleen van particulieren." });
    else {
      const r = validateNationalNumber(v.nationalNumber);
      if (r.ok) out.nationalNumber = r.value;
      else errors.push({ path: "nationalNumber", message: IDENTITY_MESSAGES[r.reason] ?? "Ongeldig rijksregisternummer." });
    }
  }
  if (v.phone !== null) {
    const r = normalizePhone(v.phone);
    if (r.ok) out.phone = r.value;
    else errors.push({ path: "contact.phone", message: IDENTITY_MESSAGES[r.reason] ?? "Geen geldig telefoonnummer." });
  }
  if (v.email !== null) out.email = v.email.trim().toLowerCase();
  if (v.phone === null && v.email === null) errors.push({ path: "contact.phone", message: "Geef een telefoonnummer of een e-mailadres." });

  errors.push(...(await addressErrors(tx, v)));
  if (errors.length > 0) throw validationError(errors);
  return out;
}

/** 409 client.duplicate when another client of the tenant has the same INSZ or KBO number. */
export async function assertUnique(tx: Tx, v: ClientValues, selfId?: string): Promise<void> {
  const dup = await sameIdentity(tx, v, selfId);
  if (dup) throw duplicate(dup.id, dup.clientNumber);
}

function duplicate(existingId?: string, clientNumber?: number): AppError {
  return new AppError(
    "client.duplicate",
    clientNumber !== undefined ? `Deze gebruiker is al ingeschreven met gebruikersnummer ${clientNumber}.` : "Deze gebruiker is al ingeschreven.",
    existingId ? { existingId } : {},
  );
}

/** Two registrations racing past assertUnique still meet the unique index: the same 409. */
export function rethrowUnique(err: unknown): never {
  const pg = pgError(err);
  if (pg?.code === PG.uniqueViolation && (pg.constraint_name === "clients_insz_hmac_uq" || pg.constraint_name === "clients_kbo_uq")) throw duplicate();
  throw err;
}
