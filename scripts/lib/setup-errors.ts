/**
 * Issue 13 item 16: when something outside the project is missing or unreachable, the two README
 * commands say in one sentence what to do, not a stack trace. Anything else is a bug and keeps its
 * stack. Returns the sentence, or undefined for an error that is ours.
 */
export function setupProblem(err: unknown, env: NodeJS.ProcessEnv): string | undefined {
  const e = err as { code?: unknown; message?: unknown; address?: unknown; port?: unknown } | undefined;
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : String(err);
  const where = e?.address && e?.port ? ` at ${String(e.address)}:${String(e.port)}` : "";
  if (/^redis-server (is not installed|did not start)|could not install redis-server/.test(message)) return `${message}.`;
  if (["ECONNREFUSED", "CONNECT_TIMEOUT", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"].includes(code)) {
    const redis = e?.port !== undefined && env.REDIS_URL?.includes(`:${String(e.port)}`);
    return redis
      ? `Redis does not answer${where} (REDIS_URL): start it, or leave REDIS_URL unset to use a local redis-server.`
      : `PostgreSQL does not answer${where} (DATABASE_URL): start it, or leave DATABASE_URL unset to use the embedded PostgreSQL.`;
  }
  if (code === "28P01" || code === "28000")
    return "PostgreSQL refused the user or password in DATABASE_URL: correct them, or leave DATABASE_URL unset to use the embedded PostgreSQL.";
  if (code === "EACCES" || /initdb failed/.test(message))
    return "The embedded PostgreSQL could not create its data folder: clone into a folder you own, or set DATABASE_URL to a PostgreSQL server you run.";
  return undefined;
}

/** Runs the command's setup; a problem outside the project ends it with one sentence (exit 1). */
export async function orExplain<T>(env: NodeJS.ProcessEnv, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const sentence = setupProblem(err, env);
    if (!sentence) throw err;
    console.error(`✗ ${sentence}`);
    process.exit(1);
  }
}
