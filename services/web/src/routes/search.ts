import type { FastifyPluginAsync } from "fastify";
import { requireRole } from "../context.ts";
import { searchClients, searchJobs, searchWorkers } from "../search.ts";

/** The search in the header (issue 16): people and jobs over the whole organisation, one click from each. */
const search: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  app.get<{ Querystring: { q?: string } }>("/zoeken", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const q = (request.query.q ?? "").trim();
    const token = request.session!.token;
    const [clients, workers, jobs] = await Promise.all([searchClients(api, token, q), searchWorkers(api, token, q), searchJobs(api, token, q)]);
    const groups = [
      { title: "Klanten", ...clients },
      { title: "Wijk-werkers", ...workers },
      { title: "Klussen", ...jobs },
    ];
    return reply.page("consultant/search", {
      title: q ? `Zoeken: ${q}` : "Zoeken",
      q,
      groups,
      unavailable: groups.some((g) => g.unavailable),
      nothing: q !== "" && groups.every((g) => g.items.length === 0),
    });
  });
};

export default search;
