import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { isRepeat, repeatRrule, type Repeat } from "@wijkwerk/domain";
import type { ApiClient } from "../api.ts";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { compact, echo, formFailure, num, optional, str, type FormBody } from "../forms.ts";
import { places, type Option } from "../refdata.ts";
import { REPEATS, SERIES_LABELS, seriesWords } from "../zitdag-labels.ts";
import { today } from "../zitdag-day.ts";

/**
 * Who may hold a zitdag: the API accepts an active consultant or admin. Only an admin may list the
 * staff; a consultant chooses themself or a colleague who already holds a zitdag.
 */
async function holders(api: ApiClient, token: string, me: string | undefined): Promise<{ options: Option[]; unavailable: boolean }> {
  const staff = await api.request("GET", "/v1/staff", { token, query: { limit: 200 } });
  if (staff.ok) {
    const options = staff.data.items
      .filter((s) => s.active && (s.role === "consultant" || s.role === "admin"))
      .map((s) => ({ value: s.id, label: s.role === "admin" ? `${s.name} (beheerder)` : s.name }));
    return { options, unavailable: false };
  }
  if (staff.status !== 403) return { options: [], unavailable: true };
  const series = await api.request("GET", "/v1/office-hours", { token, query: { limit: 100 } });
  const known = new Map<string, string>((series.ok ? series.data.items : []).map((s) => [s.consultantId, s.consultantName]));
  const options = [...known].filter(([id]) => id !== me).map(([value, label]) => ({ value, label }));
  return { options: me ? [{ value: me, label: known.has(me) ? `${known.get(me)!} (uzelf)` : "Uzelf" }, ...options] : options, unavailable: !series.ok };
}

/** Zitdag series (admin, consultant): the list with each repetition in words, and a new series with the repetition chosen in words. */
const officeHoursSeries: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  app.get<{ Querystring: { cursor?: string } }>("/zitdagen/reeksen", guard, async (request, reply) => {
    const result = await api.request("GET", "/v1/office-hours", { token: request.session!.token, query: { limit: 50, cursor: request.query.cursor } });
    if (sentFailure(request, reply, result)) return reply;
    const state = loadState(result);
    return reply.page("office-hours/series", {
      title: "Zitdag-reeksen",
      series: (state.data?.items ?? []).map((s) => ({ ...s, words: seriesWords(s) })),
      nextCursor: state.data?.nextCursor,
      unavailable: state.unavailable,
      loadError: state.error,
    });
  });

  async function form(request: FastifyRequest, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const [geo, people] = await Promise.all([places(api, token), holders(api, token, request.session!.sub)]);
    return {
      title: "Nieuwe zitdag-reeks",
      values,
      neighbourhoods: geo.neighbourhoods,
      consultants: people.options,
      repeats: REPEATS,
      refUnavailable: geo.unavailable || people.unavailable,
      ...extra,
    };
  }

  app.get("/zitdagen/reeksen/nieuw", guard, async (request, reply) =>
    reply.page(
      "office-hours/new",
      await form(request, {
        repeat: "weekly",
        firstDate: today(),
        startTime: "09:00",
        endTime: "12:00",
        slotMinutes: "20",
        consultantId: request.session!.sub,
      }),
    ),
  );

  app.post<{ Body: FormBody }>("/zitdagen/reeksen/nieuw", guard, async (request, reply) => {
    const b = request.body;
    const repeat = str(b, "repeat");
    const body = compact({
      neighbourhoodId: str(b, "neighbourhoodId"),
      location: str(b, "location"),
      // In words on the form ("elke twee weken"), the RRULE for the API; the day is the first zitdag's own.
      rrule: isRepeat(repeat) ? repeatRrule(repeat as Repeat) : "",
      startTime: str(b, "startTime"),
      endTime: str(b, "endTime"),
      slotMinutes: num(b, "slotMinutes") ?? "",
      consultantId: str(b, "consultantId"),
      firstDate: optional(str(b, "firstDate")),
      until: optional(str(b, "until")),
    });
    const result = await api.request("POST", "/v1/office-hours", { token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, SERIES_LABELS);
      // The API speaks of the rrule; the form of "Hoe vaak?".
      if (state.errors.rrule) state.errors.repeat ??= state.errors.rrule;
      return reply.page("office-hours/new", await form(request, echo(b), { ...state, postUnavailable: result.unavailable }), result.unavailable ? 503 : 422);
    }
    reply.flash(`De zitdag-reeks is gemaakt: ${seriesWords(result.data)}, van ${result.data.startTime} tot ${result.data.endTime}.`);
    return reply.redirect("/zitdagen/reeksen", 303);
  });
};

export default officeHoursSeries;
