import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import postgres from "postgres";
import { seedSteps } from "./steps.ts";

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/** The demo organisation; its phone and e-mail show on the door (/gent) and under every client and worker page (issue 17). */
export const DEMO_TENANT = { slug: "gent", name: "Wijk-Werken Gent", phone: "+3292101010", email: "wijkwerk@gent.example" } as const;
export const DEMO_LOGINS: DemoLogin[] = [
  { role: "admin", email: "admin@gent.wijkwerk.be", password: "demo-admin-2026" },
  { role: "consultant", email: "bemiddelaar@gent.wijkwerk.be", password: "demo-consultant-2026" },
  { role: "finance", email: "financien@gent.wijkwerk.be", password: "demo-finance-2026" },
];

export { seedSteps, type SeedStep } from "./steps.ts";

/**
 * Seeds the demo tenant once (DESIGN.md embedded defaults). Runs as the owner (cross-tenant
 * setup work) with app.tenant_id set, like any tenant transaction. Idempotent: an existing demo
 * tenant is kept.
 */
export async function seedDemo(ownerUrl: string, log: (l: string) => void = () => {}): Promise<{ created: boolean; tenantId: string }> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const existing = await sql<{ id: string }[]>`SELECT id FROM tenants WHERE slug = ${DEMO_TENANT.slug}`;
    if (existing[0]) return { created: false, tenantId: existing[0].id };
    const tenantId = randomUUID();
    await sql.begin(async (tx) => {
      await tx`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      await tx`INSERT INTO tenants (id, slug, name, phone, email) VALUES (${tenantId}, ${DEMO_TENANT.slug}, ${DEMO_TENANT.name}, ${DEMO_TENANT.phone}, ${DEMO_TENANT.email})`;
      const names: Record<string, string> = { admin: "An Beheer", consultant: "Bram Bemiddelaar", finance: "Fatima Financiën" };
      for (const l of DEMO_LOGINS) {
        const passwordHash = await hash(l.password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
        await tx`INSERT INTO staff (tenant_id, id, email, name, role, password_hash) VALUES (${tenantId}, ${randomUUID()}, ${l.email}, ${names[l.role] ?? l.role}, ${l.role}, ${passwordHash})`;
      }
    });
    for (const step of seedSteps) {
      log(`seeding ${step.name}`);
      await step.run({ sql, tenantId, log });
    }
    return { created: true, tenantId };
  } finally {
    await sql.end();
  }
}
