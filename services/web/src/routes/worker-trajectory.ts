import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { ApiResult } from "../api.ts";
import { requireRole, sentFailure } from "../context.ts";
import { compact, echo, formFailure, optional, str, type FormBody } from "../forms.ts";
import { TRAJECTORY_FIELDS } from "../trajectory-labels.ts";
import { trajectoryPage } from "../trajectory-view.ts";

type Params = { Params: { id: string } };
type Post<P = object> = { Params: { id: string } & P; Body: FormBody };

/**
 * A worker's coaching trajectory, "Traject" (issue 19, wijk-werken +): intake, goals, conversations
 * with actions, evaluations, the exit and its follow-up. Forms without JavaScript, each posting
 * back to this page.
 */
const workerTrajectory: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };
  const path = (id: string, section = "") => `/werkers/${encodeURIComponent(id)}/traject${section ? `#${section}` : ""}`;

  app.get<Params>("/werkers/:id/traject", guard, async (request, reply) => {
    const { data, result } = await trajectoryPage(api, request);
    if (!result.ok && result.status === 401 && sentFailure(request, reply, result)) return reply;
    if (!result.ok && result.status === 404) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze wijk-werker bestaat niet." }, 404);
    return reply.page("workers/trajectory", data, result.ok ? 200 : result.status === 403 ? 403 : 503);
  });

  /** After a form: back to the page at its section, or the page with the API's reasons at the form. */
  async function answered(request: FastifyRequest<Post>, reply: FastifyReply, result: ApiResult<unknown>, section: string, done: string) {
    if (!result.ok && result.status === 401 && sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      // languages.1.level → level1: the field of that row in the intake form.
      const errors = result.problem.errors?.map((e) => ({ ...e, path: e.path.replace(/^languages\.(\d+)\.(language|level)$/, "$2$1") }));
      const state = formFailure({ ...result.problem, errors }, TRAJECTORY_FIELDS);
      const { data } = await trajectoryPage(api, request, { ...state, values: echo(request.body), failed: section, postUnavailable: result.unavailable });
      return reply.page("workers/trajectory", data, result.unavailable ? 503 : result.status === 403 ? 403 : 422);
    }
    reply.flash(done);
    return reply.redirect(path(request.params.id, section), 303);
  }
  const token = (request: FastifyRequest) => request.session!.token;

  app.post<Post>("/werkers/:id/traject/bemiddelaar", guard, async (request, reply) => {
    const consultantId = str(request.body, "consultantId") || request.session!.sub || "";
    const result = await api.request("PUT", "/v1/workers/{id}/consultant", {
      params: { id: request.params.id },
      token: token(request),
      body: { consultantId },
    });
    return answered(request, reply, result, "bemiddelaar", "De bemiddelaar is bewaard.");
  });

  app.post<Post>("/werkers/:id/traject/intake", guard, async (request, reply) => {
    const b = request.body;
    const languages = [0, 1, 2, 3, 4]
      .map((i) => ({ language: str(b, `language${i}`).toLowerCase(), level: str(b, `level${i}`) }))
      .filter((l) => l.language !== "" || l.level !== "");
    const body = {
      referrerContact: compact({ name: optional(str(b, "contactName")), email: optional(str(b, "contactEmail")), phone: optional(str(b, "contactPhone")) }),
      startingSituation: str(b, "startingSituation"),
      languages,
      learningWishes: str(b, "learningWishes"),
    };
    const result = await api.request("PUT", "/v1/workers/{id}/coaching/intake", {
      params: { id: request.params.id },
      token: token(request),
      body: body as never,
    });
    return answered(request, reply, result, "intake", "De intake is bewaard.");
  });

  app.post<Post>("/werkers/:id/traject/doelen", guard, async (request, reply) => {
    const body = compact({ goalTypeId: str(request.body, "goalTypeId"), notes: optional(str(request.body, "goalNotes")) });
    const result = await api.request("POST", "/v1/workers/{id}/coaching/goals", { params: { id: request.params.id }, token: token(request), body });
    return answered(request, reply, result, "doelen", "Het doel is toegevoegd.");
  });

  app.post<Post<{ goalId: string }>>("/werkers/:id/traject/doelen/:goalId", guard, async (request, reply) => {
    const { id, goalId } = request.params;
    const body = { status: str(request.body, "status"), notes: str(request.body, "notes") };
    const result = await api.request("PATCH", "/v1/workers/{id}/coaching/goals/{goalId}", {
      params: { id, goalId },
      token: token(request),
      body: body as never,
    });
    return answered(request, reply, result, "doelen", "Het doel is bijgewerkt.");
  });

  app.post<Post>("/werkers/:id/traject/gesprekken", guard, async (request, reply) => {
    const b = request.body;
    const actions = [0, 1]
      .map((i) => ({ description: str(b, `action${i}`), dueOn: str(b, `actionDue${i}`) }))
      .filter((a) => a.description !== "" || a.dueOn !== "");
    const body = compact({ heldOn: str(b, "heldOn"), notes: str(b, "conversationNotes"), appointmentId: optional(str(b, "appointmentId")), actions });
    const result = await api.request("POST", "/v1/workers/{id}/coaching/conversations", { params: { id: request.params.id }, token: token(request), body });
    return answered(request, reply, result, "gesprekken", "Het gesprek is bewaard.");
  });

  app.post<Post<{ actionId: string }>>("/werkers/:id/traject/acties/:actionId", guard, async (request, reply) => {
    const { id, actionId } = request.params;
    const body = { done: str(request.body, "done") === "true" };
    const result = await api.request("PATCH", "/v1/workers/{id}/coaching/actions/{actionId}", { params: { id, actionId }, token: token(request), body });
    return answered(request, reply, result, "gesprekken", body.done ? "De afspraak staat op gedaan." : "De afspraak staat weer open.");
  });

  app.post<Post>("/werkers/:id/traject/evaluaties", guard, async (request, reply) => {
    const b = request.body;
    const outcomes = Object.keys(b)
      .filter((k) => k.startsWith("outcome_") && str(b, k) !== "")
      .map((k) => compact({ goalId: k.slice("outcome_".length), outcome: str(b, k), note: optional(str(b, `note_${k.slice("outcome_".length)}`)) }));
    const body = compact({ moment: str(b, "moment"), heldOn: str(b, "evaluationHeldOn"), notes: optional(str(b, "evaluationNotes")), outcomes });
    const result = await api.request("POST", "/v1/workers/{id}/coaching/evaluations", {
      params: { id: request.params.id },
      token: token(request),
      body: body as never,
    });
    return answered(request, reply, result, "evaluaties", "De evaluatie is bewaard.");
  });

  app.post<Post>("/werkers/:id/traject/einde", guard, async (request, reply) => {
    const b = request.body;
    const body = compact({ reason: str(b, "reason"), exitDate: str(b, "exitDate"), notes: optional(str(b, "exitNotes")) });
    const result = await api.request("POST", "/v1/workers/{id}/coaching/exits", {
      params: { id: request.params.id },
      token: token(request),
      body: body as never,
    });
    return answered(request, reply, result, "einde", "Het einde van het traject is bewaard.");
  });

  app.post<Post<{ exitId: string }>>("/werkers/:id/traject/einde/:exitId/opvolging", guard, async (request, reply) => {
    const { id, exitId } = request.params;
    const body = compact({ situation: str(request.body, "situation"), notes: optional(str(request.body, "notes")) });
    const result = await api.request("POST", "/v1/workers/{id}/coaching/exits/{exitId}/follow-ups", {
      params: { id, exitId },
      token: token(request),
      body: body as never,
    });
    return answered(request, reply, result, "einde", "De opvolging is bewaard.");
  });
};

export default workerTrajectory;
