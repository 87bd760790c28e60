import { sql } from "drizzle-orm";
import type { Tx } from "../client.ts";

/** The placeholder INSZ of an erased worker: 11 digits (the column's check) that fail the mod-97 check, so never a real one. */
export const ERASED_NATIONAL_NUMBER = "00000000000";
/** The placeholder mobile of an erased worker (the column is NOT NULL): +999 is a country code no operator has. */
export const ERASED_PHONE = "+99900000000";

/** "Gewist #1a2b3c4d": the name an erased person keeps, from the first 8 characters of the id. */
export function pseudonymOf(id: string): { first: string; last: string; full: string } {
  const short = `#${id.replace(/-/g, "").slice(0, 8)}`;
  return { first: "Gewist", last: short, full: `Gewist ${short}` };
}

/**
 * THE ONE PLACE where the personal-number columns of an erased person are blanked: the worker's
 * INSZ and IBAN, the client's INSZ. When these columns become ciphertext (with `<col>_hmac` and
 * display columns), adapt this statement only. Worker columns are NOT NULL, so they get a
 * placeholder (docs/PRIVACY.md); the client's INSZ is nullable and becomes NULL.
 */
export async function blankPersonalNumbers(tx: Tx, kind: "worker" | "client", tenantId: string, id: string): Promise<void> {
  if (kind === "worker")
    await tx.execute(sql`UPDATE workers SET national_number = ${ERASED_NATIONAL_NUMBER}, iban = '' WHERE tenant_id = ${tenantId} AND id = ${id}`);
  else await tx.execute(sql`UPDATE clients SET national_number = NULL WHERE tenant_id = ${tenantId} AND id = ${id}`);
}
