import { Type } from "@sinclair/typebox";

/** What a sign-in answers, with a password (staff) or a one-time code (workers, clients). */
export const TokenResponse = Type.Object({
  accessToken: Type.String(),
  expiresIn: Type.Integer(),
  role: Type.String(),
  language: Type.Optional(
    Type.Union([Type.Literal("nl"), Type.Literal("fr"), Type.Literal("en")], {
      description: "a client's or worker's own language (code sign-in): their screens start in it",
    }),
  ),
});

/** Staff sign-in (issue 20): with what the second factor did or still asks. */
export const StaffTokenResponse = Type.Object({
  ...TokenResponse.properties,
  secondFactor: Type.Object({
    status: Type.Union([Type.Literal("used"), Type.Literal("none"), Type.Literal("enrol")], {
      description: "used: signed in with a code; none: not needed; enrol: needed but not set up yet (POST /v1/staff/me/second-factor)",
    }),
    enrolBy: Type.Optional(Type.String({ format: "date-time", description: "enrol: the end of the enrolment period" })),
    enrolNow: Type.Optional(Type.Boolean({ description: "enrol: the period is over, this token only sets up the second factor" })),
  }),
});
