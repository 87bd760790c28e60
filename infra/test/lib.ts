import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { ConfigSchema } from "@wijkwerk/config";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
export const exists = (path: string) => existsSync(join(repoRoot, path));

/** Every document of a YAML file (with merge keys `<<`, as Compose reads them); a syntax error throws. */
export function loadYamlDocuments(text: string): unknown[] {
  return parseAllDocuments(text, { merge: true }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join("\n"));
    return doc.toJS({ maxAliasCount: 1000 }) as unknown;
  });
}

/** Workspace packages (pnpm-workspace.yaml globs are "dir/*" or "dir"), as paths relative to the root. */
export function workspacePackages(): string[] {
  const [ws] = loadYamlDocuments(read("pnpm-workspace.yaml")) as [{ packages: string[] }];
  const dirs: string[] = [];
  for (const pattern of ws.packages) {
    if (pattern.endsWith("/*")) {
      const parent = pattern.slice(0, -2);
      for (const d of readdirSync(join(repoRoot, parent), { withFileTypes: true }))
        if (d.isDirectory() && exists(`${parent}/${d.name}/package.json`)) dirs.push(`${parent}/${d.name}`);
    } else dirs.push(pattern);
  }
  return dirs.sort();
}

/**
 * Settings a process may be given: the configuration schema's, and those that other helpers of
 * issue 21 add to it at the same time (worker HTTP port, Redis Sentinel, encryption keys).
 */
export const BEING_ADDED = ["WORKER_PORT", "REDIS_SENTINELS", "REDIS_MASTER_NAME", "ENCRYPTION_KEYS", "LOOKUP_HMAC_KEY"];
export const knownSettings = new Set([...Object.keys(ConfigSchema.properties), ...BEING_ADDED]);

export const rel = (abs: string) => relative(repoRoot, abs);
