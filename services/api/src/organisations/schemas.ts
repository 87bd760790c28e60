import { Type, type Static } from "@sinclair/typebox";
import { Email } from "../schemas/common.ts";

/** What anyone may know of an organisation before signing in (issue 17, the door): contact data only. */
export const OrganisationPublic = Type.Object({
  slug: Type.String({ description: "Its own address: /<slug>, e.g. gent" }),
  name: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()], { description: "E.164, e.g. +3292101010; null until the organisation sets it" }),
  phoneDisplay: Type.Union([Type.String(), Type.Null()], { description: "The same number as people write it, e.g. 09 210 10 10" }),
  email: Type.Union([Type.String(), Type.Null()]),
  municipalities: Type.Array(Type.String(), { description: "Names of the municipalities it serves" }),
});
export type OrganisationPublicT = Static<typeof OrganisationPublic>;

export const SearchQuery = Type.Object(
  { q: Type.String({ minLength: 0, maxLength: 100, description: "A part of the name, the short name or a municipality; any case" }) },
  { additionalProperties: false },
);
export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 63 }) });

export const ContactBody = Type.Object(
  {
    phone: Type.Union([Type.String({ minLength: 6, maxLength: 30, examples: ["09 210 10 10"] }), Type.Null()]),
    email: Type.Union([Email, Type.Null()]),
  },
  { additionalProperties: false },
);
export const ContactOut = Type.Object({ phone: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) });
