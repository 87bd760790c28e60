import { Type } from "@sinclair/typebox";
import { ListQuery, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of municipalities and neighbourhoods (OpenAPI from these). */
const Name = Type.String({ minLength: 1, maxLength: 200 });
const PostalCode = Type.String({ pattern: "^[1-9][0-9]{3}$", examples: ["9000"] });

export const MunicipalityBody = Type.Object(
  { name: Name, nisCode: Type.String({ pattern: "^[0-9]{5}$", examples: ["44021"] }), postalCodes: Type.Array(PostalCode, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export const MunicipalityOut = Type.Object({
  id: Uuid,
  name: Type.String(),
  nisCode: Type.String(),
  postalCodes: Type.Array(Type.String()),
  createdAt: Type.String(),
});

const Centroid = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lon: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false },
);
export const NeighbourhoodBody = Type.Object(
  { municipalityId: Uuid, name: Name, centroid: Centroid, adjacentIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })) },
  { additionalProperties: false },
);
export const NeighboursBody = Type.Object({ adjacentIds: Type.Array(Uuid, { maxItems: 100 }) }, { additionalProperties: false });
export const NeighbourhoodOut = Type.Object({
  id: Uuid,
  municipalityId: Uuid,
  name: Type.String(),
  centroid: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
  adjacentIds: Type.Array(Uuid),
  createdAt: Type.String(),
});
export const NeighbourhoodQs = Type.Object({ ...ListQuery, municipalityId: Type.Optional(Uuid) }, { additionalProperties: false });
export const MunicipalityQs = Type.Object(ListQuery, { additionalProperties: false });
