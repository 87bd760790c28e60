import { Type, type TSchema } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** Workers and clients share their address: its HTTP shape, its columns and how a PATCH merges into it. */
export const Name = Type.String({ minLength: 1, maxLength: 200 });
const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lon = Type.Number({ minimum: -180, maximum: 180 });
/** null clears an optional field (e.g. an e-mail address that no longer exists). */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const AddressProps = {
  street: Name,
  number: Type.String({ minLength: 1, maxLength: 20 }),
  postalCode: Type.String({ pattern: "^[1-9][0-9]{3}$", examples: ["9000"] }),
  municipalityId: Uuid,
  neighbourhoodId: Uuid,
  lat: Type.Optional(Lat),
  lon: Type.Optional(Lon),
};
export const AddressBody = Type.Object(AddressProps, { additionalProperties: false });
export const AddressPatch = Type.Partial(Type.Object({ ...AddressProps, lat: Nullable(Lat), lon: Nullable(Lon) }), {
  additionalProperties: false,
  minProperties: 1,
});

/** The address as workers and clients show it. */
export const AddressOut = Type.Object({
  street: Type.String(),
  number: Type.String(),
  postalCode: Type.String(),
  municipalityId: Uuid,
  neighbourhoodId: Uuid,
  lat: Type.Union([Type.Number(), Type.Null()]),
  lon: Type.Union([Type.Number(), Type.Null()]),
});

interface AddressIn {
  street: string;
  number: string;
  postalCode: string;
  municipalityId: string;
  neighbourhoodId: string;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
}

/** The address columns of the workers and clients tables. */
export interface AddressValues {
  street: string;
  houseNumber: string;
  postalCode: string;
  municipalityId: string;
  neighbourhoodId: string;
  lat: number | null;
  lon: number | null;
}

export function addressValues(a: AddressIn): AddressValues {
  return {
    street: a.street,
    houseNumber: a.number,
    postalCode: a.postalCode,
    municipalityId: a.municipalityId,
    neighbourhoodId: a.neighbourhoodId,
    lat: a.lat ?? null,
    lon: a.lon ?? null,
  };
}

/** A PATCH's address over the stored one: absent fields stay, null clears lat/lon. */
export function mergedAddress(patch: Partial<AddressIn> | undefined, row: AddressValues): AddressValues {
  return {
    street: patch?.street ?? row.street,
    houseNumber: patch?.number ?? row.houseNumber,
    postalCode: patch?.postalCode ?? row.postalCode,
    municipalityId: patch?.municipalityId ?? row.municipalityId,
    neighbourhoodId: patch?.neighbourhoodId ?? row.neighbourhoodId,
    lat: patch?.lat !== undefined ? patch.lat : row.lat,
    lon: patch?.lon !== undefined ? patch.lon : row.lon,
  };
}

/** The stored address columns in their HTTP shape (AddressOut). */
export function addressOut(r: AddressValues) {
  return {
    street: r.street,
    number: r.houseNumber,
    postalCode: r.postalCode,
    municipalityId: r.municipalityId,
    neighbourhoodId: r.neighbourhoodId,
    lat: r.lat,
    lon: r.lon,
  };
}
