import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * What a person types in a search box, made safe for ILIKE: `%` and `_` are letters to them, not
 * wildcards. One helper so every list's `q` behaves the same.
 */
export function containsPattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Phones are stored as E.164 (+32470…); people type 0470 12 34 56. The digits after the trunk 0,
 * or null when too few to search on.
 */
export function phoneDigits(q: string): string | null {
  const digits = q.replace(/\D/g, "").replace(/^0+/, "");
  return digits.length >= 3 ? digits : null;
}

/** An INSZ as people type it (85.07.30-033.28 or 85073003328): its 11 digits, or null when it is not one. */
export function nationalNumberOf(q: string): string | null {
  const digits = q.replace(/[\s.-]/g, "");
  return /^\d{11}$/.test(digits) ? digits : null;
}

/**
 * "Ledeberg" typed in a search box means the people or jobs in that wijk: a condition on a
 * neighbourhood column, matching part of the wijk's name (the tenant's own wijken, under RLS).
 */
export function inNeighbourhoodNamed(column: SQL | AnyColumn, like: string): SQL {
  return sql`${column} IN (SELECT n.id FROM neighbourhoods n WHERE n.tenant_id = app_current_tenant() AND n.name ILIKE ${like})`;
}
