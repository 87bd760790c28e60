import { eq } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { mergeSettings, type Settings } from "./routes/settings.ts";

/** A tenant's settings inside its own transaction: stored overrides merged over RULES.md defaults. */
export async function loadSettings(tx: Tx, tenantId: string): Promise<Settings> {
  const [t] = await tx.select({ settings: schema.tenants.settings }).from(schema.tenants).where(eq(schema.tenants.id, tenantId));
  return mergeSettings(t?.settings ?? {});
}
