import { parseArgs } from "node:util";
import { generateFlanders } from "./flanders.ts";

/**
 * Creates a Flanders-scale tenant in the database of DATABASE_URL (an owner connection):
 *   pnpm exec tsx packages/db/src/seed/flanders-cli.ts --workers 2000 [--clients 6000] [--months 24] [--slug vlaanderen-2000]
 */
const { values } = parseArgs({
  options: {
    workers: { type: "string", default: "20000" },
    clients: { type: "string" },
    months: { type: "string", default: "24" },
    slug: { type: "string" },
  },
});
const workers = Number(values.workers);
const clients = values.clients ? Number(values.clients) : workers * 3;
const months = Number(values.months);
if (![workers, clients, months].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("--workers, --clients and --months must be positive whole numbers");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to an owner connection of a migrated database.");
  process.exit(2);
}
const tenantSlug = values.slug ?? `vlaanderen-${workers}-${Date.now().toString(36)}`;
const r = await generateFlanders(url, { tenantSlug, workers, clients, months, log: (l) => console.log(l) });
console.log(JSON.stringify({ tenantSlug, ...r }));
