import { validationError } from "./errors/problem.ts";

/** Opaque keyset cursors (API.md lists: ?limit=&cursor= → { items, nextCursor }). */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === arity && parsed.every((v) => typeof v === "string" || typeof v === "number")) return parsed;
  } catch {
    // fall through
  }
  throw validationError([{ path: "query.cursor", message: "Ongeldige cursor: gebruik nextCursor uit het vorige antwoord." }]);
}

/** Takes limit+1 rows: the extra one only tells whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, key: (row: T) => (string | number)[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
