import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { ApiResult } from "../api.ts";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";
import { GOAL_KIND, options, TRAJECTORY_FIELDS } from "../trajectory-labels.ts";

type Post<P = object> = { Params: P; Body: FormBody };

/** Settings of the coaching trajectory (issue 19, admin): the evaluation moments and the goal list. */
const coachingSettings: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };
  const PAGE = "/instellingen/traject";

  async function show(request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) {
    const token = request.session!.token;
    const [settings, goalTypes] = await Promise.all([
      api.request("GET", "/v1/coaching/settings", { token }),
      api.request("GET", "/v1/coaching/goal-types", { token }),
    ]);
    if (sentFailure(request, reply, settings)) return reply;
    const s = settings.ok ? settings.data : undefined;
    return reply.page(
      "admin/trajectory",
      {
        title: "Instellingen van het traject",
        unavailable: !settings.ok || !goalTypes.ok,
        values: s ? { evaluationMonths: s.evaluationMonths.join(", "), evaluationBeforeEndDays: String(s.evaluationBeforeEndDays) } : {},
        goalTypes: goalTypes.ok ? goalTypes.data.items.map((g) => ({ ...g, kindText: GOAL_KIND[g.kind] })) : [],
        kindOptions: options(GOAL_KIND),
        ...extra,
      },
      status,
    );
  }

  async function answered(request: FastifyRequest<Post>, reply: FastifyReply, result: ApiResult<unknown>, section: string, done: string) {
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, TRAJECTORY_FIELDS);
      const values = echo(request.body);
      return show(request, reply, { ...state, values, failed: section, postUnavailable: result.unavailable }, result.unavailable ? 503 : 422);
    }
    reply.flash(done);
    return reply.redirect(`${PAGE}#${section}`, 303);
  }

  app.get(PAGE, guard, async (request, reply) => show(request, reply));

  app.post<Post>(`${PAGE}/momenten`, guard, async (request, reply) => {
    const months = str(request.body, "evaluationMonths")
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((m) => (/^\d+$/.test(m) ? Number(m) : m));
    const body = { evaluationMonths: months, evaluationBeforeEndDays: num(request.body, "evaluationBeforeEndDays") ?? "" };
    const result = await api.request("PUT", "/v1/coaching/settings", { token: request.session!.token, body: body as never });
    return answered(request, reply, result, "momenten", "De evaluatiemomenten zijn bewaard.");
  });

  app.post<Post>(`${PAGE}/doelen`, guard, async (request, reply) => {
    const body = { name: str(request.body, "name"), kind: str(request.body, "kind") };
    const result = await api.request("POST", "/v1/coaching/goal-types", { token: request.session!.token, body: body as never });
    return answered(request, reply, result, "doelen", "Het doel staat op de lijst.");
  });

  app.post<Post<{ id: string }>>(`${PAGE}/doelen/:id`, guard, async (request, reply) => {
    const b = request.body;
    const body = { name: str(b, "name"), kind: str(b, "kind"), active: str(b, "active") === "on" };
    const result = await api.request("PATCH", "/v1/coaching/goal-types/{id}", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: body as never,
    });
    return answered(request as FastifyRequest<Post>, reply, result, "doelen", "Het doel is bijgewerkt.");
  });
};

export default coachingSettings;
