import type postgres from "postgres";

export type Cell = string | number | boolean | null | undefined | readonly string[];

const NEEDS_ESCAPE = /[\\\t\n\r]/;

// COPY text format: backslash, tab, newline and carriage return must be escaped; \N is NULL.
function cell(v: Cell): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  const s = typeof v === "string" ? v : `{${v.map((x) => `"${x.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/**
 * Streams rows into a table with COPY … FROM STDIN (fast path for the demo and the Flanders-scale
 * generator). Rows are written in chunks so memory stays flat for millions of rows.
 */
export async function copyRows(
  sql: postgres.Sql | postgres.TransactionSql,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Cell[]>,
): Promise<number> {
  const stream = await sql.unsafe(`COPY ${table} (${columns.join(", ")}) FROM STDIN`).writable();
  let n = 0;
  let buf: string[] = [];
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  const flush = async () => {
    if (buf.length === 0) return;
    const chunk = buf.join("");
    buf = [];
    if (!stream.write(chunk)) await Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), done]);
  };
  for (const row of rows) {
    buf.push(row.map(cell).join("\t") + "\n");
    n++;
    if (buf.length >= 5000) await flush();
  }
  await flush();
  stream.end();
  await done;
  return n;
}

/** Rows for copyRows, made one item at a time while COPY streams. */
export function* mapRows<T>(items: readonly T[], fn: (t: T) => Cell[]): Generator<Cell[]> {
  for (const t of items) yield fn(t);
}

/** Several rows per item, made while COPY streams. */
export function* flatMapRows<T>(items: readonly T[], fn: (t: T) => Cell[][]): Generator<Cell[]> {
  for (const t of items) yield* fn(t);
}
