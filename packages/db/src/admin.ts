import postgres from "postgres";

/** Creates a database if it does not exist yet (owner connection on the maintenance db). */
export async function ensureDatabase(ownerUrl: string, name: string): Promise<string> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  } finally {
    await sql.end();
  }
  return withDatabase(ownerUrl, name);
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
