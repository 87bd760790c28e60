import { sql } from "drizzle-orm";
import { formatPhoneNational } from "@wijkwerk/domain";
import type { Database, Tx } from "@wijkwerk/db";
import type { OrganisationPublicT } from "./schemas.ts";

type Row = { slug: string; name: string; phone: string | null; email: string | null; municipalities: string[] };

const out = (r: Row): OrganisationPublicT => ({
  slug: r.slug,
  name: r.name,
  phone: r.phone,
  phoneDisplay: r.phone ? formatPhoneNational(r.phone) : null,
  email: r.email,
  municipalities: r.municipalities,
});

/** Organisations by a part of their name, short name or municipality (app_public_organisations: public data only). */
export async function search(database: Database, q: string): Promise<OrganisationPublicT[]> {
  const rows = await database.sql<Row[]>`SELECT * FROM app_public_organisations(${q}, NULL)`;
  return rows.map(out);
}

export async function bySlug(database: Database, slug: string): Promise<OrganisationPublicT | undefined> {
  const [row] = await database.sql<Row[]>`SELECT * FROM app_public_organisations(NULL, ${slug})`;
  return row ? out(row) : undefined;
}

export async function contactOf(tx: Tx): Promise<{ phone: string | null; email: string | null }> {
  const [row] = await tx.execute<{ phone: string | null; email: string | null }>(sql`SELECT phone, email FROM tenants WHERE id = app_current_tenant()`);
  return row ?? { phone: null, email: null };
}

export async function setContact(tx: Tx, c: { phone: string | null; email: string | null }): Promise<void> {
  await tx.execute(sql`UPDATE tenants SET phone = ${c.phone}, email = ${c.email} WHERE id = app_current_tenant()`);
}
