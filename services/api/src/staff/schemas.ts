import { Type } from "@sinclair/typebox";
import { Email, Uuid } from "../schemas/common.ts";

/** The HTTP shapes of staff accounts (OpenAPI from these). */
export const StaffRole = Type.Union([Type.Literal("admin"), Type.Literal("consultant"), Type.Literal("finance")]);
export const StaffOut = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  role: StaffRole,
  active: Type.Boolean(),
  createdAt: Type.String(),
  invited: Type.Boolean({ description: "Issue 20: invited by e-mail and no password chosen yet" }),
  secondFactor: Type.Boolean({ description: "Issue 20: signs in with a second factor (TOTP)" }),
});
const Password = Type.String({ minLength: 12, maxLength: 200 });
export const CreateBody = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: StaffRole,
    password: Type.Optional({ ...Password, description: "Left out, the API makes a temporary password and returns it once (temporaryPassword)" }),
    invite: Type.Optional(
      Type.Boolean({
        description: "Issue 20: send an invitation by e-mail (valid 7 days) in which the person chooses a password; no password is given or returned",
      }),
    ),
  },
  { additionalProperties: false },
);
export const CreatedOut = Type.Object({
  ...StaffOut.properties,
  temporaryPassword: Type.Optional(Type.String({ description: "Only when no password was given: hand it to the person, it is not shown again" })),
  invitationExpiresAt: Type.Optional(Type.String({ format: "date-time", description: "With invite: until when the link in the mail works" })),
});
export const PatchBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), role: Type.Optional(StaffRole) },
  { additionalProperties: false, minProperties: 1 },
);
export const PasswordResetOut = Type.Object({
  ...StaffOut.properties,
  temporaryPassword: Type.String({ description: "Hand it to the person; it is not stored in clear and not shown again" }),
});
