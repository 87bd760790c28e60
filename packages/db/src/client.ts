import { sql as dsql } from "drizzle-orm";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
/** A drizzle handle inside a transaction; what withTenant() hands to its callback. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  /** Raw postgres.js client, for streaming and COPY. */
  sql: postgres.Sql;
  db: Db;
  /** Runs fn in one transaction with RLS bound to tenantId. */
  withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>, options?: TenantTxOptions): Promise<T>;
  close(): Promise<void>;
}

export interface TenantTxOptions {
  isolationLevel?: "read committed" | "repeatable read" | "serializable";
}

export function createDatabase(url: string, options: { max?: number } = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // timestamps and dates come back as strings: we format them for the API ourselves.
    types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
  });
  const db = drizzle(sql, { schema });
  return {
    sql,
    db,
    withTenant: (tenantId, fn, opts) =>
      db.transaction(
        async (tx) => {
          // set_config(..., true) is transaction-local: a pooled connection never keeps a stale tenant.
          await tx.execute(sqlSetTenant(tenantId));
          return fn(tx);
        },
        opts?.isolationLevel ? { isolationLevel: opts.isolationLevel } : undefined,
      ),
    close: () => sql.end({ timeout: 5 }),
  };
}

function sqlSetTenant(tenantId: string) {
  return dsql`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
}
