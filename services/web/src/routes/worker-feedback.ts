import type { FastifyPluginAsync } from "fastify";
import { formatMonth } from "@wijkwerk/notify";
import { requireRole } from "../context.ts";
import { FEEDBACK_ANSWER as ANSWER } from "../trajectory-labels.ts";

type Params = { Params: { id: string } };

const CHANNEL: Record<string, string> = { sms: "sms", email: "e-mail" };

/**
 * Issue 19, "client feedback": what the worker's clients answered about each month of work, for the
 * consultant and admins only (the worker has no page or API for it). Linked from the worker's page.
 */
const workerFeedback: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  app.get<Params>("/werkers/:id/klantfeedback", { preHandler: requireRole("admin", "consultant") }, async (request, reply) => {
    const token = request.session!.token;
    const id = request.params.id;
    const [worker, feedback] = await Promise.all([
      api.request("GET", "/v1/workers/{id}", { params: { id }, token }),
      api.request("GET", "/v1/workers/{id}/client-feedback", { params: { id }, token }),
    ]);
    if (!worker.ok && !worker.unavailable) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze wijk-werker bestaat niet." }, 404);
    const items = feedback.ok ? feedback.data.items : [];
    return reply.page("workers/feedback", {
      title: worker.ok ? `Feedback van klanten over ${worker.data.firstName} ${worker.data.lastName}` : "Feedback van klanten",
      workerId: id,
      worker: worker.ok ? worker.data : undefined,
      unavailable: !worker.ok || !feedback.ok,
      items: items.map((i) => ({
        ...i,
        monthText: formatMonth(`${i.month}-01`, "nl"),
        answerText: i.answer ? ANSWER[i.answer] : "Nog geen antwoord",
        answerClass: i.answer ?? "none",
        channelText: CHANNEL[i.channel] ?? i.channel,
      })),
      answered: items.filter((i) => i.answer).length,
    });
  });
};

export default workerFeedback;
