import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";

/** /health: the process is up. /ready: it can reach PostgreSQL and Redis (API.md). */
const health: FastifyPluginAsync = async (app) => {
  const { database, redis } = app.deps;
  app.get(
    "/health",
    { schema: { tags: ["health"], summary: "The process is up", response: { 200: Type.Object({ status: Type.Literal("ok") }) } } },
    async () => ({ status: "ok" as const }),
  );
  app.get(
    "/ready",
    {
      schema: {
        tags: ["health"],
        summary: "PostgreSQL and Redis are reachable",
        response: {
          200: Type.Object({ status: Type.String(), database: Type.Boolean(), redis: Type.Boolean() }),
          503: Type.Object({ status: Type.String(), database: Type.Boolean(), redis: Type.Boolean() }),
        },
      },
    },
    async (_request, reply) => {
      const [db, rd] = await Promise.all([
        withTimeout(
          database.sql`SELECT 1`.then(() => true),
          2000,
        ),
        withTimeout(
          redis.ping().then((p) => p === "PONG"),
          2000,
        ),
      ]);
      const ok = db && rd;
      return reply.status(ok ? 200 : 503).send({ status: ok ? "ready" : "unavailable", database: db, redis: rd });
    },
  );
};

async function withTimeout(p: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p.catch(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export default health;
