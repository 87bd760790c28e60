import { Type, type Static } from "@sinclair/typebox";
import { DateOnly, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of worker agreements and capacity (OpenAPI from these). */
const Referrer = Type.Union([Type.Literal("vdab"), Type.Literal("ocmw")]);
const ReReferral = Type.Object(
  { date: DateOnly, referrer: Referrer },
  { additionalProperties: false, description: "RULES §1: the referrer's new referral (hertoeleiding) for an agreement within or right after a trajectory" },
);
export const AgreementBody = Type.Object(
  {
    startDate: DateOnly,
    endDate: Type.Optional(DateOnly),
    legacyPwa: Type.Optional(Type.Boolean()),
    pwaAgreementDate: Type.Optional(
      Type.String({ format: "date", description: "RULES §1: with legacyPwa, the start of the PWA agreement the person had on 30-09-2017" }),
    ),
    reReferral: Type.Optional(ReReferral),
  },
  { additionalProperties: false },
);
export const AgreementOut = Type.Object({
  id: Uuid,
  workerId: Uuid,
  startDate: DateOnly,
  endDate: Type.Union([DateOnly, Type.Null()]),
  legacyPwa: Type.Boolean(),
  pwaAgreementDate: Type.Union([DateOnly, Type.Null()]),
  reReferral: Type.Union([ReReferral, Type.Null()]),
  createdAt: Type.String(),
});

const Period = Type.Object({ usedMinutes: Type.Integer(), plannedMinutes: Type.Integer(), capMinutes: Type.Integer(), remainingMinutes: Type.Integer() });
export const CapacityOut = Type.Object({
  date: DateOnly,
  month: Period,
  year: Period,
  agreement: Type.Union([
    Type.Object({ startDate: DateOnly, endDate: Type.Union([DateOnly, Type.Null()]), daysLeft: Type.Union([Type.Integer(), Type.Null()]) }),
    Type.Null(),
  ]),
});
export const CapacityQs = Type.Object({ date: Type.Optional(DateOnly) }, { additionalProperties: false });

export type AgreementBodyT = Static<typeof AgreementBody>;
