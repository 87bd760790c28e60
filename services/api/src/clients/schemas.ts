import { Type, type Static } from "@sinclair/typebox";
import { AddressBody, AddressOut, AddressPatch, Name, Nullable } from "../registries/address.ts";
import { DateOnly, Email, ListQuery, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of clients and their yearly agreements (OpenAPI from these). */
export const ClientType = Type.Union([
  Type.Literal("private"),
  Type.Literal("localGovernment"),
  Type.Literal("education"),
  Type.Literal("nonprofit"),
  Type.Literal("agriculture"),
]);
export type ClientTypeT = Static<typeof ClientType>;
const Language = Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")]);
const Phone = Type.String({ minLength: 1, maxLength: 40 });

const ContactProps = { firstName: Name, lastName: Name, phone: Type.Optional(Phone), email: Type.Optional(Email) };
const IdNumber = Type.String({ minLength: 1, maxLength: 30 });

export const CreateBody = Type.Object(
  {
    type: ClientType,
    name: Name,
    contact: Type.Object(ContactProps, { additionalProperties: false }),
    address: AddressBody,
    nationalNumber: Type.Optional(IdNumber),
    enterpriseNumber: Type.Optional(IdNumber),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
export type CreateBodyT = Static<typeof CreateBody>;

export const PatchBody = Type.Object(
  {
    type: Type.Optional(ClientType),
    name: Type.Optional(Name),
    contact: Type.Optional(
      Type.Object(
        { firstName: Type.Optional(Name), lastName: Type.Optional(Name), phone: Type.Optional(Nullable(Phone)), email: Type.Optional(Nullable(Email)) },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
    address: Type.Optional(AddressPatch),
    nationalNumber: Type.Optional(Nullable(IdNumber)),
    enterpriseNumber: Type.Optional(Nullable(IdNumber)),
    language: Type.Optional(Language),
    exPwaSince: Type.Optional(
      Nullable(
        Type.String({
          format: "date",
          description: "RULES §6: a transitional ex-PWA household since this date (cooking, washing, big clean-up); null: not one",
        }),
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

const ActiveAgreement = Type.Union([Type.Object({ startDate: DateOnly, endDate: DateOnly, feePaid: Type.Boolean() }), Type.Null()]);
export const ClientOut = Type.Object({
  id: Uuid,
  clientNumber: Type.Integer(),
  type: ClientType,
  name: Type.String(),
  contact: Type.Object({
    firstName: Type.String(),
    lastName: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
  }),
  address: AddressOut,
  nationalNumber: Type.Union([Type.String(), Type.Null()]),
  enterpriseNumber: Type.Union([Type.String(), Type.Null()]),
  language: Language,
  exPwaSince: Type.Union([Type.String(), Type.Null()], { description: "RULES §6: a transitional ex-PWA household since this date" }),
  unreachable: Type.Boolean({
    description: 'Issue 20: no channel reaches this person (no phone or e-mail, or opted out of both): shown to the consultant as "Niet bereikbaar"',
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  activeAgreement: Type.Optional(ActiveAgreement),
});

const AgreementStatus = Type.Union([Type.Literal("awaiting_payment"), Type.Literal("paid")]);
export const AgreementOut = Type.Object({
  id: Uuid,
  clientId: Uuid,
  startDate: DateOnly,
  endDate: DateOnly,
  feeCents: Type.Integer(),
  paymentReference: Type.String(),
  feePaidOn: Type.Union([DateOnly, Type.Null()]),
  status: AgreementStatus,
  createdAt: Type.String(),
});
export const AgreementBody = Type.Object({ startDate: DateOnly }, { additionalProperties: false });

export const ListQs = Type.Object(
  { ...ListQuery, type: Type.Optional(ClientType), neighbourhoodId: Type.Optional(Uuid), q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);
export type PatchBodyT = Static<typeof PatchBody>;
export type ListQsT = Static<typeof ListQs>;
