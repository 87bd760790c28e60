import { sql } from "drizzle-orm";
import { keyring } from "@wijkwerk/crypto";
import type { Tx } from "../client.ts";

/** The placeholder INSZ of an erased worker: 11 digits (the column's check) that fail the mod-97 check, so never a real one. */
export const ERASED_NATIONAL_NUMBER = "00000000000";
/** The placeholder mobile of an erased worker (the column is NOT NULL): +999 is a country code no operator has. */
export const ERASED_PHONE = "+99900000000";

/** What lists show for an erased person's INSZ and IBAN. */
export const ERASED_MASK = "gewist";

/** "Gewist #1a2b3c4d": the name an erased person keeps, from the first 8 characters of the id. */
export function pseudonymOf(id: string): { first: string; last: string; full: string } {
  const short = `#${id.replace(/-/g, "").slice(0, 8)}`;
  return { first: "Gewist", last: short, full: `Gewist ${short}` };
}

/**
 * THE ONE PLACE where the personal-number columns of an erased person are blanked: the worker's
 * INSZ and IBAN, the client's INSZ. Worker columns are NOT NULL, so they hold an encrypted
 * placeholder (docs/PRIVACY.md), never plain text: the data migration of docs/ENCRYPTION.md would
 * otherwise encrypt the placeholder and hash it, and all erased workers would share one hash. The
 * hash becomes 'erased:<id>' (unique per row, never a real HMAC, which is hex), so the unique index
 * on the hash holds and no lookup can find the erased person. The client's INSZ is nullable and
 * becomes NULL with its hash and masked form.
 */
export async function blankPersonalNumbers(tx: Tx, kind: "worker" | "client", tenantId: string, id: string): Promise<void> {
  const keys = keyring();
  if (kind === "worker")
    await tx.execute(
      sql`UPDATE workers SET national_number = ${keys.encrypt(ERASED_NATIONAL_NUMBER)}, national_number_hmac = ${`erased:${id}`},
            national_number_masked = ${ERASED_MASK}, iban = ${keys.encrypt("")}, iban_masked = ${ERASED_MASK}
          WHERE tenant_id = ${tenantId} AND id = ${id}`,
    );
  else
    await tx.execute(
      sql`UPDATE clients SET national_number = NULL, national_number_hmac = NULL, national_number_masked = NULL
          WHERE tenant_id = ${tenantId} AND id = ${id}`,
    );
}
