import { Type } from "@sinclair/typebox";

/** What a sign-in answers, with a password (staff) or a one-time code (workers, clients). */
export const TokenResponse = Type.Object({ accessToken: Type.String(), expiresIn: Type.Integer(), role: Type.String() });
