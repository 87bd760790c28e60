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
