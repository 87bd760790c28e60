import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { addCalendarDays, calendarDaysBetween } from "@wijkwerk/domain";
import { decodeCursor, pageOf } from "../cursor.ts";
import { notFound, validationError } from "../errors/problem.ts";
import { epochOf, todayInBrussels } from "../scheduling/time.ts";
import { errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";
import { book, bookingSubject, dayAt, officeHoursOr404, settle, walkIn } from "./appointments.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";
import { assertValidSeries, MAX_SLOT_DAYS, slotsOf, storedRrule } from "./series.ts";
import { officeHoursOut } from "./views.ts";

const STAFF = ["admin", "consultant"] as const;
const EVERYONE = [...STAFF, "client", "worker"] as const;

/** Zitdagen (RULES.md §7): a recurring consultation hour in a neighbourhood, slots to book, walk-ins. */
const officeHours: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    "/v1/office-hours",
    {
      config: { roles: STAFF, errors: ["resource.not_found"] },
      schema: {
        tags: ["office-hours"],
        summary: "Add a zitdag series",
        body: S.CreateBody,
        response: { 201: S.OfficeHoursOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const firstDate = b.firstDate ?? todayInBrussels();
      assertValidSeries(b, firstDate);
      const out = await request.tenantTx(async (ctx) => {
        if (!(await repo.neighbourhoodExists(ctx.tx, b.neighbourhoodId))) throw notFound("Deze wijk");
        if (!(await repo.activeConsultantExists(ctx.tx, b.consultantId)))
          throw validationError([{ path: "consultantId", message: "Kies een actieve bemiddelaar van uw organisatie." }]);
        const id = await repo.insertOfficeHours(ctx.tx, { ...b, rrule: storedRrule(b.rrule), firstDate, until: b.until ?? null });
        const o = officeHoursOut(await officeHoursOr404(ctx, id));
        await ctx.audit({ entity: "office_hours", entityId: id, action: "create", after: o });
        return o;
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    "/v1/office-hours",
    {
      config: { roles: EVERYONE },
      schema: {
        tags: ["office-hours"],
        summary: "List zitdagen",
        querystring: Type.Object({ ...ListQuery, neighbourhoodId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Page(S.OfficeHoursOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      const rows = await request.tenantTx(({ tx }) => repo.listOfficeHours(tx, { neighbourhoodId: request.query.neighbourhoodId, after, limit }));
      const page = pageOf(rows, limit, (r) => [r.created_at, r.id]);
      return { items: page.items.map(officeHoursOut), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/v1/office-hours/:id",
    {
      config: { roles: EVERYONE },
      schema: { tags: ["office-hours"], summary: "One zitdag series", params: IdParams, response: { 200: S.OfficeHoursOut, ...errorResponses(401, 403, 404) } },
    },
    async (request) => request.tenantTx(async (ctx) => officeHoursOut(await officeHoursOr404(ctx, request.params.id))),
  );

  app.get(
    "/v1/office-hours/:id/slots",
    {
      config: { roles: EVERYONE },
      schema: {
        tags: ["office-hours"],
        summary: "Slots between two Brussels dates (inclusive; default the coming 14 days), each free or taken",
        params: IdParams,
        querystring: S.SlotsQuery,
        response: { 200: Type.Object({ items: Type.Array(S.SlotOut) }), ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const from = request.query.from ?? todayInBrussels();
      const to = request.query.to ?? addCalendarDays(from, 13);
      if (to < from) throw validationError([{ path: "query.to", message: "Moet op of na 'from' liggen." }]);
      if (calendarDaysBetween(from, to) >= MAX_SLOT_DAYS)
        throw validationError([{ path: "query.to", message: `Vraag hoogstens ${MAX_SLOT_DAYS} dagen tegelijk op.` }]);
      return request.tenantTx(async (ctx) => {
        const o = await officeHoursOr404(ctx, request.params.id);
        const takenAt = new Set((await repo.takenSlotStarts(ctx.tx, o.id, from, to)).map(epochOf));
        return { items: slotsOf(o, from, to).map((s) => ({ ...s, availability: takenAt.has(epochOf(s.startsAt)) ? ("taken" as const) : ("free" as const) })) };
      });
    },
  );

  app.post(
    "/v1/appointments",
    {
      config: { roles: EVERYONE, errors: ["resource.not_found", "appointment.slot_taken"] },
      schema: {
        tags: ["office-hours"],
        summary: "Book a slot of a zitdag (a consultant for someone, a client or worker for itself)",
        body: S.AppointmentBody,
        response: { 201: S.AppointmentOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const who = bookingSubject(request.claims, request.body);
      return reply.status(201).send(await request.tenantTx((ctx) => book(ctx, request.body, who)));
    },
  );

  app.post(
    "/v1/appointments/:id/cancel",
    {
      config: { roles: EVERYONE, errors: ["appointment.not_planned"] },
      schema: {
        tags: ["office-hours"],
        summary: "Cancel an appointment or walk-in; the slot is free again",
        params: IdParams,
        response: { 200: S.AppointmentOut, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => request.tenantTx((ctx) => settle(ctx, request.params.id, "cancel")),
  );

  // The consultant notes how the appointment went; once noted, it stays (domain appointmentAfter).
  const outcomes = [
    { path: "seen", action: "seen", summary: "Mark a planned appointment or walk-in as seen (status done)" },
    { path: "no-show", action: "no_show", summary: "Mark a planned appointment or walk-in as not come (status no_show)" },
  ] as const;
  for (const o of outcomes) {
    app.post(
      `/v1/appointments/:id/${o.path}`,
      {
        config: { roles: STAFF, errors: ["appointment.not_planned"] },
        schema: { tags: ["office-hours"], summary: o.summary, params: IdParams, response: { 200: S.AppointmentOut, ...errorResponses(401, 403, 404, 409) } },
      },
      async (request) => request.tenantTx((ctx) => settle(ctx, request.params.id, o.action)),
    );
  }

  app.post(
    "/v1/office-hours/:id/walk-ins",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["office-hours"],
        summary: "Add someone who walks in to the day's queue",
        params: IdParams,
        body: S.WalkInBody,
        response: { 201: S.AppointmentOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await request.tenantTx((ctx) => walkIn(ctx, request.params.id, request.body))),
  );

  app.get(
    "/v1/office-hours/:id/day",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["office-hours"],
        summary: "The consultant's day at a zitdag: slots with their appointment, walk-in queue, quick links",
        params: IdParams,
        querystring: S.DayQuery,
        response: { 200: S.DayOut, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request) => request.tenantTx((ctx) => dayAt(ctx, request.params.id, request.query.date ?? todayInBrussels())),
  );
};

export default officeHours;
