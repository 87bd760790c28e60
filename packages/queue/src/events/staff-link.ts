import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/**
 * `events/staff.invite` and `events/staff.password_reset` (issue 20): a link for a staff member to
 * choose a password. Sent now; the worker removes the code from the outbox row once planned, as
 * for sign-in codes.
 */
export const StaffLink = Type.Object({
  staffId: Uuid,
  linkId: Uuid,
  code: Type.String(),
  expiresAt: Type.String(),
});
