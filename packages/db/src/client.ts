import { sql as dsql } from "drizzle-orm";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { observeQuery, type QueryStats } from "./observe.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
/** A drizzle handle inside a transaction; what withTenant() hands to its callback. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  /** Raw postgres.js client, for streaming and COPY; its tagged queries are observed too (observingRaw). */
  sql: postgres.Sql;
  db: Db;
  /** Runs fn in one transaction with RLS bound to tenantId. */
  withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>, options?: TenantTxOptions): Promise<T>;
  close(): Promise<void>;
  /** Pool size and queries in flight through drizzle (observe.ts), for /metrics. */
  stats: QueryStats;
}

export interface TenantTxOptions {
  isolationLevel?: "read committed" | "repeatable read" | "serializable";
  /**
   * fn's first statement binds the tenant itself (a SQL function that calls app_use_tenant), so
   * the separate set_config round trip is skipped: for hot paths. Until that statement runs, RLS
   * shows no rows and refuses every write, so forgetting it fails closed.
   */
  bindInFirstStatement?: boolean;
  /**
   * Issue 20, scope by area: the acting consultant. The transaction is then bound with
   * app_use_staff_area(tenant, staff), which sets the tenant and the consultant's area (RLS, 0062)
   * in the same one statement; bindInFirstStatement is ignored (the area must be bound first).
   */
  areaStaffId?: string;
}

export interface ConnectionOptions {
  max?: number;
  /** How long opening a connection may take before its queries fail (postgres.js connect_timeout). */
  connectTimeoutSeconds?: number;
  /** Longest wait before a closed connection reconnects (issue 23, see below). */
  reconnectMaxSeconds?: number;
  /** PostgreSQL's statement_timeout for every connection of the pool; none when absent. */
  statementTimeoutSeconds?: number;
}

export function createDatabase(url: string, options: ConnectionOptions = {}): Database {
  const reconnectMax = options.reconnectMaxSeconds ?? 1;
  const sql = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    // postgres.js waits (0.5–1) × min(3^failures / 100, 20) s before a closed connection reconnects,
    // and a query handed to that connection waits with it: after a few failed attempts of an outage,
    // requests hung up to 20 s although the server was back. Short, capped waits answer them in time.
    backoff: (failures: number) => Math.min(0.05 * 2 ** failures, reconnectMax),
    onnotice: () => {},
    ...(options.statementTimeoutSeconds ? { connection: { statement_timeout: options.statementTimeoutSeconds * 1000 } } : {}),
    // timestamps and dates come back as strings: we format them for the API ourselves.
    types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
  });
  const stats: QueryStats = { max: options.max ?? 10, inFlight: 0 };
  const db = drizzle(preparing(sql, stats), { schema });
  return {
    sql: observingRaw(sql, stats),
    db,
    stats,
    withTenant: (tenantId, fn, opts) =>
      db.transaction(
        async (tx) => {
          // set_config(..., true) is transaction-local: a pooled connection never keeps a stale tenant.
          if (opts?.areaStaffId) await tx.execute(sqlUseStaffArea(tenantId, opts.areaStaffId));
          else if (!opts?.bindInFirstStatement) await tx.execute(sqlSetTenant(tenantId));
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

function sqlUseStaffArea(tenantId: string, staffId: string) {
  return dsql`SELECT app_use_staff_area(${tenantId}::uuid, ${staffId}::uuid)`;
}

/**
 * drizzle sends every query unprepared, and postgres.js asks the server to describe an
 * unprepared query's parameters before it can bind them: two round trips per statement, and a
 * parse and plan on every execution. Preparing them (postgres.js caches the statement per
 * connection, keyed by its text) makes a repeated statement one round trip. Queries without
 * parameters still use the simple protocol and are never cached.
 */
function preparing<T extends postgres.Sql | postgres.TransactionSql>(client: T, stats: QueryStats): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (query: string, args?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          observeQuery(target.unsafe(query, args as postgres.ParameterOrJSON<never>[], { ...options, prepare: (args?.length ?? 0) > 0 }), query, stats);
      }
      if (prop === "begin" || prop === "savepoint") {
        return (...params: unknown[]) => {
          const fn = params.pop() as (tx: postgres.TransactionSql) => unknown;
          const open = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[prop]!;
          return open.call(target, ...params, (tx: postgres.TransactionSql) => fn(preparing(tx, stats)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * The raw client (the relay, the sweeps, streaming exports) observed like drizzle's queries: a span
 * and the in-flight count for every tagged query that runs. A tagged call also builds fragments
 * that are only embedded in another query and never run, so the query is observed when
 * postgres.js starts it (its `handle`), not when it is built.
 */
function observingRaw<T extends postgres.Sql | postgres.TransactionSql>(client: T, stats: QueryStats): T {
  return new Proxy(client, {
    apply(target, thisArg, args: unknown[]) {
      const query = Reflect.apply(target as unknown as (...a: unknown[]) => unknown, thisArg, args);
      const strings = args[0];
      if (Array.isArray(strings) && "raw" in strings) observeWhenRun(query as RunnableQuery, strings as readonly string[], stats);
      return query;
    },
    get(target, prop, receiver) {
      if (prop === "begin" || prop === "savepoint") {
        return (...params: unknown[]) => {
          const fn = params.pop() as (tx: postgres.TransactionSql) => unknown;
          const open = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[prop]!;
          return open.call(target, ...params, (tx: postgres.TransactionSql) => fn(observingRaw(tx, stats)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

/** postgres.js's Query: `handle` starts it once (then, execute, cursor, forEach all go through it). */
interface RunnableQuery {
  executed?: boolean;
  handle(): unknown;
}

function observeWhenRun(query: RunnableQuery, strings: readonly string[], stats: QueryStats): void {
  const handle = query.handle;
  query.handle = function (this: RunnableQuery) {
    if (!this.executed)
      observeQuery(
        this,
        strings.reduce((text, part, i) => `${text}$${i}${part}`),
        stats,
      );
    return handle.call(this);
  };
}
