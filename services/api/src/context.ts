import type { Redis } from "ioredis";
import type { Config } from "@wijkwerk/config";
import type { SQL } from "drizzle-orm";
import type { Database, Tx } from "@wijkwerk/db";
import type { OutboxMessage } from "@wijkwerk/queue";

export type StaffRole = "admin" | "consultant" | "finance";
export type Role = StaffRole | "client" | "worker";

/** Claims in our access tokens. `tid` binds every request to one tenant (API.md: never from the path). */
export interface TokenClaims {
  sub: string;
  tid: string;
  role: Role;
  /** For client and worker tokens: the client or worker record they may see. */
  subjectId?: string;
  /** Token id, so that signing out can revoke this one token (issue 13 item 13). */
  jti?: string;
  iat?: number;
  exp?: number;
  /** Issue 20: "enrol" = a staff token that may only set up the second factor (its enrolment period is over). */
  sf?: "enrol";
  /** Set on short-lived tokens that are no access tokens (the second-factor challenge): refused as bearer tokens. */
  purpose?: string;
}

export interface AuditEntry {
  entity: string;
  entityId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** What a route handler gets inside its tenant transaction. */
export interface TenantContext {
  tx: Tx;
  tenantId: string;
  actor: TokenClaims;
  /** Collects an audit row; written by flush(), in this transaction. */
  audit(entry: AuditEntry): Promise<void>;
  /** Collects outbox messages; written by flush(), in this transaction. */
  outbox(messages: OutboxMessage | OutboxMessage[]): Promise<void>;
  /** Collects an INSERT/UPDATE/DELETE to run in the same statement as the audit and outbox rows. */
  defer(statement: SQL): void;
  /** Writes what was collected, in one statement; runs by itself before the commit. */
  flush(): Promise<void>;
}

export interface TenantTxOptions {
  isolationLevel?: "read committed" | "repeatable read" | "serializable";
  /** Another tenant than the caller's (platform operations). */
  tenantId?: string;
  /** The first statement binds the tenant itself (a SQL function calling app_use_tenant): see Database.withTenant. */
  bindInFirstStatement?: boolean;
  /**
   * Issue 21: a read-only report or export: on the replica when one is configured (it may lag the
   * primary by the replication delay; read-only, so no audit() or outbox() in it).
   */
  replica?: boolean;
}

export interface AppDeps {
  config: Config;
  /** Connected as the application role (no BYPASSRLS). */
  database: Database;
  /** Issue 21: the streaming replica (app role too), for reports and exports; absent = they use `database`. */
  replica?: Database;
  redis: Redis;
}

export interface RouteAccess {
  /** Roles allowed; absent = public route. */
  roles?: readonly Role[];
  /** Static PLATFORM_TOKEN instead of a user token. */
  platform?: boolean;
  /** Honour the Idempotency-Key header (API.md "(idem)"). */
  idempotent?: boolean;
  /** Issue 20: reachable with a token that may only set up the second factor (sf = "enrol"). */
  enrolment?: boolean;
}

declare module "fastify" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation merges RouteAccess in
  interface FastifyContextConfig extends RouteAccess {}
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    /** Opens the caller's tenant transaction; audit() and outbox() write in it. */
    tenantTx<T>(fn: (ctx: TenantContext) => Promise<T>, options?: TenantTxOptions): Promise<T>;
    claims: TokenClaims;
    auditCount: number;
  }
}

declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: TokenClaims;
    user: TokenClaims;
  }
}
