import { Type } from "@sinclair/typebox";
import { Nullable, Uuid } from "./shared.ts";

/** `events/appointment.reminder`: The evening before a zitdag appointment: remind whoever booked (a client, a worker or a phone number). */
export const AppointmentReminder = Type.Object({
  appointmentId: Uuid,
  officeHoursId: Uuid,
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
  neighbourhoodId: Uuid,
  neighbourhoodName: Type.String(),
  consultantId: Uuid,
  consultantName: Type.String(),
  clientId: Nullable(Uuid),
  workerId: Nullable(Uuid),
  name: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  topic: Type.String(),
});
