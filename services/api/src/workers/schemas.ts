import { Type, type Static } from "@sinclair/typebox";
import { AddressBody, AddressOut, AddressPatch, Name, Nullable } from "../registries/address.ts";
import { DateOnly, Email, ListQuery, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of wijk-werkers and their skills (OpenAPI from these). */
const Language = Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")]);
const Referrer = Type.Union([Type.Literal("vdab"), Type.Literal("ocmw")]);
const Status = Type.Union([Type.Literal("active"), Type.Literal("inactive")]);
const Clock = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", examples: ["08:30"] });
const Slot = Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), from: Clock, to: Clock }, { additionalProperties: false });
const Availability = Type.Array(Slot, { maxItems: 50 });
const ActivityCodes = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 });
const TravelKm = Type.Number({ minimum: 0, maximum: 200 });
const IdText = Type.String({ minLength: 1, maxLength: 40 });

export const CreateBody = Type.Object(
  {
    firstName: Name,
    lastName: Name,
    nationalNumber: IdText,
    phone: IdText,
    email: Type.Optional(Email),
    language: Language,
    address: AddressBody,
    iban: Type.String({ minLength: 1, maxLength: 50 }),
    referrer: Referrer,
    referralDate: Type.Optional(Type.String({ format: "date", description: "RULES §1: when VDAB or the OCMW referred the person (not in the future)" })),
    referralReference: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: "The referrer's reference for this referral (e.g. the VDAB file number)" }),
    ),
    availability: Availability,
    maxTravelKm: Type.Optional(TravelKm),
    activityCodes: Type.Optional(ActivityCodes),
  },
  { additionalProperties: false },
);

export const PatchBody = Type.Object(
  {
    firstName: Type.Optional(Name),
    lastName: Type.Optional(Name),
    nationalNumber: Type.Optional(IdText),
    phone: Type.Optional(IdText),
    email: Type.Optional(Nullable(Email)),
    language: Type.Optional(Language),
    address: Type.Optional(AddressPatch),
    iban: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    referrer: Type.Optional(Referrer),
    referralDate: Type.Optional(Nullable(Type.String({ format: "date" }))),
    referralReference: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    availability: Type.Optional(Availability),
    maxTravelKm: Type.Optional(TravelKm),
    activityCodes: Type.Optional(ActivityCodes),
    status: Type.Optional(Status),
  },
  { additionalProperties: false, minProperties: 1 },
);

const BaseProps = {
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  nationalNumber: Type.String(),
  phone: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  language: Language,
  address: AddressOut,
  iban: Type.String(),
  referrer: Referrer,
  referralDate: Type.Union([Type.String(), Type.Null()], { description: "null for workers registered before the date was asked" }),
  referralReference: Type.Union([Type.String(), Type.Null()]),
  maxTravelKm: Type.Number(),
  status: Status,
  unreachable: Type.Boolean({
    description: 'Issue 20: no channel reaches this person (no phone or e-mail, or opted out of both): shown to the consultant as "Niet bereikbaar"',
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const SkillOut = Type.Object({ skillId: Uuid, name: Type.String(), obtainedOn: DateOnly });
export const WorkerListItem = Type.Object(BaseProps, { description: "nationalNumber (85.07.30-***.**) and iban (BE68 **** **** 7034) are masked in lists" });
export const WorkerOut = Type.Object({
  ...BaseProps,
  availability: Type.Array(Type.Object({ weekday: Type.Integer(), from: Type.String(), to: Type.String() })),
  activityCodes: Type.Array(Type.String()),
  skills: Type.Array(SkillOut),
});

export const ListQs = Type.Object(
  { ...ListQuery, neighbourhoodId: Type.Optional(Uuid), status: Type.Optional(Status), q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);
export const SkillBody = Type.Object({ skillId: Uuid, obtainedOn: DateOnly }, { additionalProperties: false });
export type CreateBodyT = Static<typeof CreateBody>;
export type PatchBodyT = Static<typeof PatchBody>;
