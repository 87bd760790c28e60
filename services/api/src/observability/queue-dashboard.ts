import { timingSafeEqual } from "node:crypto";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { FastifyPluginAsync } from "fastify";
import { createQueue, QUEUES } from "@wijkwerk/queue";
import { AppError, toProblem } from "../errors/problem.ts";

export const QUEUE_DASHBOARD_PATH = "/platform/queues";

/**
 * bull-board (docs/OBSERVABILITY.md "Queue dashboard"): the BullMQ queues, their jobs, retrying and
 * removing them. For the platform operator only: every request (page, assets, JSON) needs
 * `Authorization: Bearer <PLATFORM_TOKEN>`, as the /v1/platform routes do; without it 401.
 */
const queueDashboard: FastifyPluginAsync = async (app) => {
  const { config, redis } = app.deps;
  // The API's producer connection is shared: closing these queues leaves it open.
  const queues = Object.values(QUEUES).map((name) => createQueue(name, redis, config.REDIS_PREFIX));
  // A Redis outage is reported by /ready and the requests that need Redis; these handles stay quiet.
  for (const q of queues) q.on("error", () => undefined);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter, options: { uiConfig: { boardTitle: "Wijkwerk queues" } } });

  app.addHook("onRequest", async (request, reply) => {
    const sent = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
    if (sent && safeEqual(sent, config.PLATFORM_TOKEN)) return;
    // Answered here: bull-board's own error handler would turn a thrown error into a 500.
    const problem = toProblem(new AppError("auth.unauthenticated", "Een geldig platformtoken is nodig."), request.url.split("?")[0]);
    return reply.status(problem.status).header("www-authenticate", "Bearer").type("application/problem+json").send(problem);
  });
  app.addHook("onClose", async () => {
    await Promise.allSettled(queues.map((q) => q.close()));
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
};

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export default queueDashboard;
