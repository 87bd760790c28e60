import { Type } from "@sinclair/typebox";
import { DateOnly, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of zitdagen (office hours), their slots, appointments and walk-ins (OpenAPI from these). */
const Time = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", examples: ["09:00"] });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Phone = Type.String({ minLength: 6, maxLength: 30 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CreateBody = Type.Object(
  {
    neighbourhoodId: Uuid,
    location: Text(300),
    rrule: Text(300),
    startTime: Time,
    endTime: Time,
    slotMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
    consultantId: Uuid,
    firstDate: Type.Optional(DateOnly),
    until: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export const OfficeHoursOut = Type.Object({
  id: Uuid,
  neighbourhoodId: Uuid,
  neighbourhoodName: Type.String(),
  location: Type.String(),
  rrule: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  slotMinutes: Type.Integer(),
  consultantId: Uuid,
  consultantName: Type.String(),
  firstDate: Type.String(),
  until: Nullable(Type.String()),
});
export const SlotsQuery = Type.Object({ from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) }, { additionalProperties: false });
export const SlotOut = Type.Object({ startsAt: Type.String(), endsAt: Type.String(), availability: Type.Union([Type.Literal("free"), Type.Literal("taken")]) });

export const AppointmentBody = Type.Object(
  {
    officeHoursId: Uuid,
    startsAt: Type.String({ format: "date-time" }),
    clientId: Type.Optional(Uuid),
    workerId: Type.Optional(Uuid),
    name: Type.Optional(Text(200)),
    phone: Type.Optional(Phone),
    topic: Text(500),
  },
  { additionalProperties: false },
);
export const AppointmentStatus = Type.Union([Type.Literal("planned"), Type.Literal("done"), Type.Literal("no_show"), Type.Literal("cancelled")]);
export const AppointmentOut = Type.Object({
  id: Uuid,
  officeHoursId: Uuid,
  kind: Type.Union([Type.Literal("booked"), Type.Literal("walk_in")]),
  date: Type.String(),
  startsAt: Nullable(Type.String()),
  endsAt: Nullable(Type.String()),
  queueNumber: Nullable(Type.Integer()),
  clientId: Nullable(Uuid),
  workerId: Nullable(Uuid),
  name: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  topic: Type.String(),
  status: AppointmentStatus,
});
export const WalkInBody = Type.Object({ date: DateOnly, name: Text(200), phone: Type.Optional(Phone), topic: Text(500) }, { additionalProperties: false });
export const DayQuery = Type.Object({ date: Type.Optional(DateOnly) }, { additionalProperties: false });
/** On the consultant's day: who it is, by name — the registered client's or worker's own, else the name given. */
const DayAppointmentOut = Type.Composite([AppointmentOut, Type.Object({ personName: Nullable(Type.String()) })]);
export const DayOut = Type.Object({
  date: Type.String(),
  officeHoursId: Uuid,
  location: Type.String(),
  neighbourhood: Type.Object({ id: Uuid, name: Type.String() }),
  consultant: Type.Object({ id: Uuid, name: Type.String() }),
  slots: Type.Array(Type.Object({ startsAt: Type.String(), endsAt: Type.String(), appointment: Type.Optional(DayAppointmentOut) })),
  walkIns: Type.Array(DayAppointmentOut),
  links: Type.Object({ registerWorker: Type.String(), registerClient: Type.String(), newJob: Type.String(), sellVouchers: Type.String() }),
});
