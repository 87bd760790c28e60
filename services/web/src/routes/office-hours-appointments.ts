import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { ApiFailure } from "../api.ts";
import { requireRole, sentFailure } from "../context.ts";
import { compact, echo, formFailure, optional, str, type FormBody } from "../forms.ts";
import { dayPage, dayPath, type DayExtra } from "../zitdag-day.ts";
import { BOOKING_LABELS, clock, WALK_IN_LABELS } from "../zitdag-labels.ts";

type DayParams = { id: string; date: string };

/** What the consultant notes about an appointment, by its Dutch address → the API's action and the message after. */
const OUTCOMES = {
  gezien: { path: "/v1/appointments/{id}/seen", done: "Genoteerd: gezien." },
  "niet-gekomen": { path: "/v1/appointments/{id}/no-show", done: "Genoteerd: niet gekomen." },
  annuleren: { path: "/v1/appointments/{id}/cancel", done: "Geannuleerd. Het tijdslot is weer vrij." },
} as const;

/**
 * Acting on behalf at the zitdag (issue 16): book a free slot for someone (found with the search,
 * or by name and phone), put someone who walks in on the day's queue, and note who was seen or
 * did not come. Each form posts here and comes back to the day, or shows the day again with the
 * API's Dutch message at the field or the appointment it belongs to.
 */
const officeHoursAppointments: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  /** The day again with the failure in place; 409 (slot taken, no longer planned) keeps its status. */
  async function again(request: FastifyRequest<{ Params: DayParams; Body: FormBody }>, reply: FastifyReply, failure: ApiFailure, extra: DayExtra) {
    const { id, date } = request.params;
    const who = { clientId: optional(str(request.body, "clientId")), workerId: optional(str(request.body, "workerId")) };
    const page = await dayPage(api, request.session!.token, id, date, who, { values: echo(request.body), postUnavailable: failure.unavailable, ...extra });
    return reply.page("office-hours/day", page, failure.unavailable ? 503 : failure.status === 409 ? 409 : 422);
  }

  app.post<{ Params: DayParams; Body: FormBody }>("/zitdagen/:id/:date/boeken", guard, async (request, reply) => {
    const b = request.body;
    const body = compact({
      officeHoursId: request.params.id,
      startsAt: str(b, "startsAt"),
      clientId: optional(str(b, "clientId")),
      workerId: optional(str(b, "workerId")),
      name: optional(str(b, "name")),
      phone: optional(str(b, "phone")),
      topic: str(b, "topic"),
    });
    const result = await api.request("POST", "/v1/appointments", { token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, BOOKING_LABELS);
      // Someone else took the slot a moment ago: say so at the slot, where the next choice is made.
      if (result.problem.code === "appointment.slot_taken") {
        state.errors.startsAt = result.problem.detail ?? result.problem.title;
        state.errorList.push({ path: "startsAt", label: BOOKING_LABELS.startsAt!, message: state.errors.startsAt });
      }
      return again(request, reply, result, { ...state, values: { ...echo(b), ...(state.errors.startsAt ? { startsAt: "" } : {}) } });
    }
    reply.flash(`Geboekt om ${clock(result.data.startsAt ?? body.startsAt)}.`);
    return reply.redirect(`${dayPath(request.params.id, request.params.date)}#slot-${clock(result.data.startsAt ?? body.startsAt)}`, 303);
  });

  app.post<{ Params: DayParams; Body: FormBody }>("/zitdagen/:id/:date/wachtrij", guard, async (request, reply) => {
    const b = request.body;
    const body = compact({ date: request.params.date, name: str(b, "walkIn.name"), phone: optional(str(b, "walkIn.phone")), topic: str(b, "walkIn.topic") });
    const result = await api.request("POST", "/v1/office-hours/{id}/walk-ins", { params: { id: request.params.id }, token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      // The API names the fields name, phone, topic; on the page they are the walk-in form's.
      const prefixed = { ...result.problem, errors: result.problem.errors?.map((e) => ({ ...e, path: `walkIn.${e.path}` })) };
      return again(request, reply, result, { ...formFailure(prefixed, WALK_IN_LABELS) });
    }
    reply.flash(`${result.data.name ?? "De bezoeker"} staat in de wachtrij als nummer ${result.data.queueNumber ?? "?"}.`);
    return reply.redirect(`${dayPath(request.params.id, request.params.date)}#wachtrij-${result.data.queueNumber ?? ""}`, 303);
  });

  app.post<{ Params: DayParams & { appointmentId: string; action: string }; Body: FormBody }>(
    "/zitdagen/:id/:date/afspraken/:appointmentId/:action",
    guard,
    async (request, reply) => {
      const outcome = OUTCOMES[request.params.action as keyof typeof OUTCOMES];
      if (!outcome) return reply.callNotFound();
      const { appointmentId } = request.params;
      const result = await api.request("POST", outcome.path, { params: { id: appointmentId }, token: request.session!.token });
      if (sentFailure(request, reply, result)) return reply;
      // Already seen, or cancelled by someone else meanwhile: the message stands at that appointment.
      if (!result.ok) return again(request, reply, result, { failed: { id: appointmentId, message: result.problem.detail ?? result.problem.title } });
      reply.flash(outcome.done);
      return reply.redirect(dayPath(request.params.id, request.params.date), 303);
    },
  );
};

export default officeHoursAppointments;
