import { Type } from "@sinclair/typebox";
import { Email } from "../schemas/common.ts";

/** A code lives 10 minutes and survives 5 wrong tries (issue "Notifications", sign-in codes). */
export const CODE_VALID_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;

const Target = {
  tenant: Type.String({ minLength: 1, maxLength: 63 }),
  phone: Type.Optional(Type.String({ minLength: 6, maxLength: 30 })),
  email: Type.Optional(Email),
};
export const RequestBody = Type.Object(Target, { additionalProperties: false });
export const VerifyBody = Type.Object({ ...Target, code: Type.String({ pattern: "^[0-9]{6}$", examples: ["123456"] }) }, { additionalProperties: false });
