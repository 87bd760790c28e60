import { eq } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { brusselsDateOf, resolveSettings, type ResolvedSettings } from "@wijkwerk/domain";

/** Stored overrides over the RULES.md defaults, with the voucher price in force on `onDate`. */
export function mergeSettings(stored: Record<string, unknown>, onDate: string = brusselsDateOf(new Date())): ResolvedSettings {
  return resolveSettings(stored, onDate);
}

/** A tenant's settings inside its own transaction: stored overrides merged over RULES.md defaults. */
export async function loadSettings(tx: Tx, tenantId: string): Promise<ResolvedSettings> {
  const [t] = await tx.select({ settings: schema.tenants.settings }).from(schema.tenants).where(eq(schema.tenants.id, tenantId));
  return mergeSettings(t?.settings ?? {});
}
