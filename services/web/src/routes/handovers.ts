import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { str, type FormBody } from "../forms.ts";

/**
 * Issue 19, continuity: the consultant's handover actions from the worklist ("Te doen"): announce
 * the successor (the suggestion or another worker), plan the inloopbeurt, move the series over.
 */
const handovers: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };
  const back = (reply: FastifyReply, text: string) => reply.flash(text).redirect("/te-doen#overdrachten", 303);
  const problem = (p: { errors?: { message: string }[] | undefined; detail?: string | undefined; title: string }) =>
    p.errors?.[0]?.message ?? p.detail ?? p.title;

  app.post<{ Body: FormBody }>("/te-doen/overdracht", guard, async (request: FastifyRequest<{ Body: FormBody }>, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/handovers", {
      token: request.session!.token,
      body: { clientId: str(b, "clientId"), leavingWorkerId: str(b, "leavingWorkerId"), successorId: str(b, "successorId") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return back(reply, `Niet aangekondigd: ${problem(result.problem)}`);
    const h = result.data;
    return back(reply, `${h.successorName} is aangekondigd als opvolger bij ${h.clientName}. De klant krijgt een bericht.`);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/te-doen/overdracht/:id/inloop", guard, async (request, reply) => {
    const [jobId = "", startsAt = "", endsAt = ""] = str(request.body, "visit").split("|");
    const result = await api.request("POST", "/v1/handovers/{id}/inloop", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { jobId, startsAt, endsAt },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return back(reply, `Geen inloopbeurt gepland: ${problem(result.problem)}`);
    return back(reply, `De inloopbeurt is gepland. ${result.data.successorName} krijgt de avond ervoor een herinnering.`);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/te-doen/overdracht/:id/intrekken", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/handovers/{id}/cancel", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { reason: str(request.body, "reason") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return back(reply, `Niet ingetrokken: ${problem(result.problem)}`);
    return back(reply, `De aankondiging van ${result.data.successorName} is ingetrokken. Kies een andere opvolger.`);
  });

  app.post<{ Params: { id: string } }>("/te-doen/overdracht/:id/overzetten", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/handovers/{id}/move", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return back(reply, `Niet overgezet: ${problem(result.problem)}`);
    const { moved, refused, handover } = result.data;
    const parts = [`${moved} ${moved === 1 ? "bezoek is" : "bezoeken zijn"} voorgesteld aan ${handover.successorName}.`];
    if (refused.length > 0) parts.push(`${refused.length} ${refused.length === 1 ? "bezoek kon" : "bezoeken konden"} niet: kies daar iemand anders.`);
    return back(reply, parts.join(" "));
  });
};

export default handovers;
