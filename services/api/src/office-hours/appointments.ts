import { appointmentAfter, brusselsDateOf, plannedReminderAt, type AppointmentAction } from "@wijkwerk/domain";
import { pgError, PG } from "@wijkwerk/db";
import type { TenantContext, TokenClaims } from "../context.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import { epochOf } from "../scheduling/time.ts";
import * as repo from "./repository.ts";
import type { OfficeHoursRow } from "./repository.ts";
import { phoneOrError, slotsOf } from "./series.ts";
import { appointmentOut } from "./views.ts";

/** Booking a slot of a zitdag, walking in, cancelling, seeing someone (RULES.md §7). */

/** Why an appointment can no longer change, in the words of the one who tried. */
const NOT_PLANNED: Record<string, string> = {
  done: "Deze persoon is al gezien.",
  no_show: "Deze afspraak is al genoteerd als 'niet gekomen'.",
  cancelled: "Deze afspraak is geannuleerd.",
};

export async function officeHoursOr404(ctx: Pick<TenantContext, "tx">, id: string, lock = false): Promise<OfficeHoursRow> {
  const o = await repo.findOfficeHours(ctx.tx, id, lock);
  if (!o) throw notFound("Deze zitdag");
  return o;
}

export interface BookingInput {
  officeHoursId: string;
  startsAt: string;
  clientId?: string | undefined;
  workerId?: string | undefined;
  name?: string | undefined;
  phone?: string | undefined;
  topic: string;
}

/** Who the booking is for: a consultant books for anyone (or a name), a client or worker only for itself. */
export function bookingSubject(actor: TokenClaims, b: BookingInput): { clientId: string | null; workerId: string | null } {
  let clientId = b.clientId ?? null;
  let workerId = b.workerId ?? null;
  if (actor.role === "client" || actor.role === "worker") {
    const own = actor.role === "client" ? clientId : workerId;
    const other = actor.role === "client" ? workerId : clientId;
    if ((own !== null && own !== actor.subjectId) || other !== null || !actor.subjectId)
      throw new AppError("auth.forbidden", "U kan alleen voor uzelf een afspraak maken.");
    if (actor.role === "client") clientId = actor.subjectId;
    else workerId = actor.subjectId;
  }
  if (clientId === null && workerId === null && b.name === undefined)
    throw validationError([{ path: "name", message: "Geef een naam, een klant of een wijk-werker." }]);
  return { clientId, workerId };
}

/** Books the slot that starts at `startsAt`; the one who booked is reminded the evening before. */
export async function book(ctx: TenantContext, b: BookingInput, who: { clientId: string | null; workerId: string | null }) {
  const phone = phoneOrError(b.phone, "phone");
  const startsAt = epochOf(b.startsAt);
  if (startsAt <= Date.now()) throw validationError([{ path: "startsAt", message: "Dit tijdstip is al voorbij." }]);
  const o = await officeHoursOr404(ctx, b.officeHoursId);
  if (who.clientId !== null && !(await repo.clientExists(ctx.tx, who.clientId))) throw notFound("Deze klant");
  if (who.workerId !== null && !(await repo.workerExists(ctx.tx, who.workerId))) throw notFound("Deze wijk-werker");
  const day = brusselsDateOf(new Date(startsAt));
  const slot = slotsOf(o, day, day).find((s) => epochOf(s.startsAt) === startsAt);
  if (!slot) throw validationError([{ path: "startsAt", message: "Dit is niet het begin van een tijdslot van deze zitdag." }]);
  const row = await repo
    .insertBooking(ctx.tx, {
      officeHoursId: o.id,
      day,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      ...who,
      name: b.name ?? null,
      phone,
      topic: b.topic,
      byType: ctx.actor.role,
      by: ctx.actor.sub,
    })
    .catch((err: unknown) => {
      throw pgError(err)?.code === PG.uniqueViolation
        ? new AppError("appointment.slot_taken", "Iemand anders heeft dit tijdslot net geboekt. Kies een ander uur.")
        : err;
    });
  const a = appointmentOut(row);
  const at = plannedReminderAt(slot.startsAt, new Date());
  if (at) {
    await ctx.outbox({
      topic: "events/appointment.reminder",
      availableAt: at,
      payload: {
        appointmentId: a.id,
        officeHoursId: o.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        location: o.location,
        neighbourhoodId: o.neighbourhood_id,
        neighbourhoodName: o.neighbourhood_name,
        consultantId: o.consultant_id,
        consultantName: o.consultant_name,
        ...who,
        name: b.name ?? null,
        phone,
        topic: b.topic,
      },
    });
  }
  await ctx.audit({ entity: "appointment", entityId: a.id, action: "create", after: a });
  return a;
}

const AUDIT_ACTION: Record<AppointmentAction, string> = { cancel: "cancel", seen: "seen", no_show: "no_show" };

/**
 * Cancels a planned appointment, or gives it its outcome at the zitdag (seen, did not come: staff
 * only, by the route's roles). Clients and workers reach only their own (someone else's is "not found").
 */
export async function settle(ctx: TenantContext, id: string, action: AppointmentAction) {
  const { actor } = ctx;
  const row = await repo.lockAppointment(ctx.tx, id);
  const own = actor.role === "client" ? row?.client_id === actor.subjectId : actor.role === "worker" ? row?.worker_id === actor.subjectId : true;
  if (!row || !own) throw notFound("Deze afspraak");
  const next = appointmentAfter(row.status, action);
  if (next === null) throw new AppError("appointment.not_planned", NOT_PLANNED[row.status] ?? "Deze afspraak is niet meer gepland.");
  const a = appointmentOut(await repo.setAppointmentStatus(ctx.tx, row.id, next));
  await ctx.audit({ entity: "appointment", entityId: a.id, action: AUDIT_ACTION[action], before: appointmentOut(row), after: a });
  return a;
}

/** Someone walks in: the next queue number of that day, on a day the zitdag is held. */
export async function walkIn(ctx: TenantContext, officeHoursId: string, w: { date: string; name: string; phone?: string | undefined; topic: string }) {
  const phone = phoneOrError(w.phone, "phone");
  // The row lock hands out queue numbers one at a time; bookings (key-share locks) are not blocked.
  const o = await officeHoursOr404(ctx, officeHoursId, true);
  if (slotsOf(o, w.date, w.date).length === 0) throw validationError([{ path: "date", message: "Op deze dag is er geen zitdag." }]);
  const a = appointmentOut(
    await repo.insertWalkIn(ctx.tx, { officeHoursId: o.id, day: w.date, name: w.name, phone, topic: w.topic, byType: ctx.actor.role, by: ctx.actor.sub }),
  );
  await ctx.audit({ entity: "appointment", entityId: a.id, action: "walk_in", after: a });
  return a;
}

/** The consultant's day: each slot with its appointment, the walk-in queue, and where to go next. */
export async function dayAt(ctx: TenantContext, officeHoursId: string, date: string) {
  const o = await officeHoursOr404(ctx, officeHoursId);
  const rows = (await repo.appointmentsOfDay(ctx.tx, o.id, date)).map((r) => ({ row: r, out: { ...appointmentOut(r), personName: r.person_name } }));
  const booked = new Map(rows.filter(({ row }) => row.kind === "booked" && row.starts_at).map(({ row, out }) => [epochOf(row.starts_at!), out]));
  const slots = slotsOf(o, date, date).map((s) => {
    const a = booked.get(epochOf(s.startsAt));
    return a ? { ...s, appointment: a } : s;
  });
  return {
    date,
    officeHoursId: o.id,
    location: o.location,
    neighbourhood: { id: o.neighbourhood_id, name: o.neighbourhood_name },
    consultant: { id: o.consultant_id, name: o.consultant_name },
    slots,
    walkIns: rows.filter(({ row }) => row.kind === "walk_in").map(({ out }) => out),
    links: { registerWorker: "/v1/workers", registerClient: "/v1/clients", newJob: "/v1/jobs", sellVouchers: "/v1/voucher-orders" },
  };
}
