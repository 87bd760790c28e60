import { encryption, type Database } from "@wijkwerk/db";
import { validateIban } from "@wijkwerk/domain";
import { tenantCursor } from "./stream.ts";

/**
 * Names (at most `max`) of workers whose account in a run fails the IBAN check. Streamed: a run
 * of 20 000 lines is checked without holding it in memory.
 */
export async function workersWithInvalidIban(database: Database, tenantId: string, runId: string, max = 5): Promise<string[]> {
  const bad: string[] = [];
  const rows = tenantCursor<{ name: string; iban: string }>(
    database,
    tenantId,
    (s) => s`
    SELECT DISTINCT name, iban FROM payout_lines WHERE tenant_id = ${tenantId} AND run_id = ${runId} ORDER BY name`,
  );
  for await (const row of rows) {
    if (!validateIban(encryption.revealValue(row.iban)).ok && bad.push(row.name) >= max) break;
  }
  return bad;
}
