import type { FastifyPluginAsync } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { dayPage, dayPath, nextZitdag, type DayQuery } from "../zitdag-day.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Zitdagen: choose a series and a day, then the day itself (its forms post to routes/office-hours-appointments.ts). */
const officeHoursDay: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  // The chooser's GET lands here; each day has its own address, so the person search can come back to it.
  app.get<{ Querystring: { id?: string; date?: string } }>("/zitdagen", guard, async (request, reply) => {
    const token = request.session!.token;
    let id = request.query.id;
    if (!id) {
      const list = await api.request("GET", "/v1/office-hours", { token, query: { limit: 1 } });
      if (sentFailure(request, reply, list)) return reply;
      const state = loadState(list);
      id = state.data?.items[0]?.id;
      if (!id) return reply.page("office-hours/day", { title: "Zitdagen", series: [], unavailable: state.unavailable });
    }
    const date = DATE.test(request.query.date ?? "") ? request.query.date! : await nextZitdag(api, token, id);
    return reply.redirect(dayPath(id, date), 303);
  });

  app.get<{ Params: { id: string; date: string }; Querystring: DayQuery }>("/zitdagen/:id/:date", guard, async (request, reply) => {
    const { id, date } = request.params;
    if (!DATE.test(date)) return reply.redirect(`/zitdagen?id=${encodeURIComponent(id)}`, 303);
    const page = await dayPage(api, request.session!.token, id, date, request.query);
    if (page.failure && sentFailure(request, reply, page.failure)) return reply;
    return reply.page("office-hours/day", page, page.failure ? (page.failure.unavailable ? 503 : page.failure.status) : 200);
  });
};

export default officeHoursDay;
