import type postgres from "postgres";
import type { ClientType } from "@wijkwerk/domain";

/** The demo's past work the wallets are built from: per client, its submitted and confirmed entries in order. */

export interface EntryRow {
  id: string;
  client_id: string;
  work_day: number;
  vouchers: number;
  status: "submitted" | "confirmed";
  confirmed_at: string | null;
  confirmed_day: number | null;
  confirmed_ms: number | null;
}
export interface ClientRow {
  id: string;
  type: ClientType;
  registered: string | null;
}

/** The clients with entries (by client number), each with its first agreement's start. */
export async function readHistory(tx: postgres.TransactionSql, tenantId: string): Promise<{ clients: ClientRow[]; byClient: Map<string, EntryRow[]> }> {
  // Flat reads joined here: right after the COPY of the history the planner has no statistics and
  // would pick nested loops over thousands of rows (seen: 0.4 s for a semi-join).
  const registered = new Map(
    (
      await tx<
        { client_id: string; start: string }[]
      >`SELECT client_id, min(start_date)::text AS start FROM client_agreements WHERE tenant_id = ${tenantId} GROUP BY client_id`
    ).map((r) => [r.client_id, r.start]),
  );
  const entries = await tx<EntryRow[]>`
    SELECT id, client_id, (work_date - DATE '1970-01-01') AS work_day, vouchers, status, confirmed_at::text AS confirmed_at,
           ((confirmed_at AT TIME ZONE 'Europe/Brussels')::date - DATE '1970-01-01') AS confirmed_day,
           (extract(epoch FROM confirmed_at) * 1000)::float8 AS confirmed_ms
    FROM time_entries WHERE tenant_id = ${tenantId} AND status IN ('submitted', 'confirmed')
    ORDER BY client_id, work_date, created_at, id`;
  const byClient = new Map<string, EntryRow[]>();
  for (const e of entries) {
    const list = byClient.get(e.client_id) ?? [];
    list.push(e);
    byClient.set(e.client_id, list);
  }
  const clients: ClientRow[] = (await tx<{ id: string; type: ClientType }[]>`SELECT id, type FROM clients WHERE tenant_id = ${tenantId} ORDER BY client_number`)
    .filter((c) => byClient.has(c.id))
    .map((c) => ({ ...c, registered: registered.get(c.id) ?? null }));
  return { clients, byClient };
}
