import type { Database } from "@wijkwerk/db";

type ReservedSql = Awaited<ReturnType<Database["sql"]["reserve"]>>;

/**
 * Rows of one query, read with a server-side cursor in a read-only tenant transaction, so an
 * export of 20 000 lines keeps a flat memory profile. The caller's generator may stop early (a
 * client that hangs up): the transaction is then rolled back before the connection goes back.
 * With `areaStaffId` (a consultant, plugins/tenant.ts areaStaffIdOf) the transaction is bound to
 * their area as request.tenantTx binds it (issue 20, RLS of migration 0062).
 */
export async function* tenantCursor<T extends object>(
  database: Database,
  tenantId: string,
  query: (sql: ReservedSql) => { cursor(rows: number): AsyncIterable<readonly object[]> },
  batch = 500,
  areaStaffId?: string,
): AsyncGenerator<T, void, undefined> {
  const conn = await database.sql.reserve();
  let open = false;
  try {
    await conn.unsafe("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    open = true;
    if (areaStaffId) await conn`SELECT app_use_staff_area(${tenantId}::uuid, ${areaStaffId}::uuid)`;
    else await conn`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    for await (const rows of query(conn).cursor(batch)) {
      for (const row of rows) yield row as T;
    }
    await conn.unsafe("COMMIT");
    open = false;
  } finally {
    if (open) await conn.unsafe("ROLLBACK").catch(() => {});
    conn.release();
  }
}

/** Joins small pieces into chunks of about `size` characters: fewer, larger writes to the socket. */
export async function* batched(pieces: AsyncIterable<string>, size = 16_384): AsyncGenerator<string, void, undefined> {
  let chunk = "";
  for await (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}
