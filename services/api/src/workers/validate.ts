import { and, inArray, ne } from "drizzle-orm";
import { encryption, pgError, PG, schema, type Tx } from "@wijkwerk/db";
import { brusselsDateOf, eligibilityProblems, normalizePhone, validateIban, validateNationalNumber } from "@wijkwerk/domain";
import { AppError, validationError, type FieldError } from "../errors/problem.ts";
import type { AddressValues } from "../registries/address.ts";
import { addressErrors, IDENTITY_MESSAGES } from "../registries/shared-checks.ts";

/** The columns of a worker record after validation; shared by create and update. */
export interface WorkerValues extends AddressValues {
  firstName: string;
  lastName: string;
  nationalNumber: string;
  phone: string;
  email: string | null;
  language: "nl" | "fr" | "en";
  iban: string;
  referrer: "vdab" | "ocmw";
  referralDate: string | null;
  referralReference: string | null;
  maxTravelKm: number;
  status: "active" | "inactive";
}

export interface AvailabilitySlot {
  weekday: number;
  from: string;
  to: string;
}

/**
 * The rules of a worker record (API.md POST /v1/workers): INSZ and IBAN with their check digits,
 * the phone in E.164 because assignments go out by SMS, the neighbourhood inside the municipality,
 * availability slots that make sense per weekday, activities from the Flemish list (RULES §6).
 * Returns normalized values or throws 422 with every problem at once.
 */
export async function validateWorker(tx: Tx, v: WorkerValues, availability?: AvailabilitySlot[], activityCodes?: string[]): Promise<WorkerValues> {
  // RULES §1: domiciled in Flanders, referred by VDAB or the OCMW; its own code, before the rest.
  const ineligible = eligibilityProblems(v, brusselsDateOf(new Date()));
  if (ineligible.length > 0) throw new AppError("worker.not_eligible", ineligible.map((p) => p.message).join(" "), { errors: ineligible });
  const errors: FieldError[] = [];
  const out = { ...v, firstName: v.firstName.trim(), lastName: v.lastName.trim() };

  const insz = validateNationalNumber(v.nationalNumber);
  if (insz.ok) out.nationalNumber = insz.value;
  else errors.push({ path: "nationalNumber", message: IDENTITY_MESSAGES[insz.reason] ?? "Ongeldig rijksregisternummer." });

  const iban = validateIban(v.iban);
  if (iban.ok) out.iban = iban.value;
  else errors.push({ path: "iban", message: IDENTITY_MESSAGES[iban.reason] ?? "Ongeldig rekeningnummer." });

  const phone = normalizePhone(v.phone);
  if (phone.ok) out.phone = phone.value;
  else errors.push({ path: "phone", message: IDENTITY_MESSAGES[phone.reason] ?? "Geen geldig telefoonnummer." });

  if (v.email !== null) out.email = v.email.trim().toLowerCase();
  if (v.referralReference !== null) out.referralReference = v.referralReference.trim() || null;
  // API.md: travelKm has at most one decimal; JSON-schema multipleOf trips over 0.1 in floating point.
  if (Math.abs(Math.round(v.maxTravelKm * 10) - v.maxTravelKm * 10) > 1e-6) errors.push({ path: "maxTravelKm", message: "Hoogstens 1 cijfer na de komma." });
  if ((v.lat === null) !== (v.lon === null))
    errors.push({ path: v.lat === null ? "address.lat" : "address.lon", message: "Geef breedte- en lengtegraad samen." });

  errors.push(...(await addressErrors(tx, v)));

  if (availability) errors.push(...availabilityErrors(availability));
  if (activityCodes && activityCodes.length > 0) {
    const known = new Set(
      (
        await tx
          .select({ code: schema.activities.code })
          .from(schema.activities)
          .where(inArray(schema.activities.code, [...new Set(activityCodes)]))
      ).map((r) => r.code),
    );
    activityCodes.forEach((code, i) => {
      if (!known.has(code)) errors.push({ path: `activityCodes.${i}`, message: "Deze activiteit staat niet op de Vlaamse lijst." });
    });
  }
  if (errors.length > 0) throw validationError(errors);
  return out;
}

/** Each slot ends after it starts, and two slots on one weekday never overlap (a double slot cannot be planned). */
function availabilityErrors(slots: AvailabilitySlot[]): FieldError[] {
  const errors: FieldError[] = [];
  slots.forEach((s, i) => {
    if (s.to <= s.from) errors.push({ path: `availability.${i}.to`, message: "Het einduur moet na het beginuur liggen." });
  });
  slots.forEach((s, i) => {
    const clash = slots.findIndex((o, j) => j < i && o.weekday === s.weekday && o.from < s.to && s.from < o.to);
    if (clash >= 0 && s.from < s.to) errors.push({ path: `availability.${i}`, message: `Dit overlapt met blok ${clash + 1} op dezelfde dag.` });
  });
  return errors;
}

/** 409 worker.duplicate_national_number: one INSZ is one person, registered once per tenant. */
export async function assertUniqueNationalNumber(tx: Tx, nationalNumber: string, selfId?: string): Promise<void> {
  const w = schema.workers;
  const [dup] = await tx
    .select({ id: w.id })
    .from(w)
    .where(and(inArray(w.nationalNumberHmac, encryption.nationalNumberHashes(nationalNumber)), selfId ? ne(w.id, selfId) : undefined))
    .limit(1);
  if (dup) throw duplicateWorker(dup.id);
}

function duplicateWorker(existingId?: string): AppError {
  return new AppError(
    "worker.duplicate_national_number",
    "Er is al een wijk-werker ingeschreven met dit rijksregisternummer.",
    existingId ? { existingId } : {},
  );
}

/** Two simultaneous registrations pass the check above; the unique index decides, with the same answer. */
export function rethrowDuplicate(err: unknown): never {
  const pg = pgError(err);
  if (pg?.code === PG.uniqueViolation && pg.constraint_name === "workers_insz_hmac_uq") throw duplicateWorker();
  throw err;
}
