import type { FastifyPluginAsync } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import { loadState, requireRole, sentFailure } from "../context.ts";

const today = () => brusselsDateOf(new Date());

/** Zitdagen: the series, and one day at a glance (booked slots, walk-in queue, quick links). */
const officeHours: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  app.get<{ Querystring: { id?: string; date?: string } }>("/zitdagen", guard, async (request, reply) => {
    const token = request.session!.token;
    const list = await api.request("GET", "/v1/office-hours", { token, query: { limit: 100 } });
    if (sentFailure(request, reply, list)) return reply;
    const state = loadState(list);
    const series = state.data?.items ?? [];
    const id = request.query.id ?? series[0]?.id;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(request.query.date ?? "") ? request.query.date! : today();
    const day = id ? await api.request("GET", "/v1/office-hours/{id}/day", { params: { id: id }, token, query: { date } }) : undefined;
    return reply.page("consultant/office-hours", {
      title: "Zitdagen",
      series: series.map((s) => ({ value: s.id, label: `${s.neighbourhoodName} – ${s.location} (${s.startTime}–${s.endTime})` })),
      selected: id ?? "",
      date,
      day: day?.ok ? day.data : undefined,
      dayError: day && !day.ok ? (day.problem.detail ?? day.problem.title) : undefined,
      unavailable: state.unavailable,
    });
  });
};

export default officeHours;
