import type { schema } from "@wijkwerk/db";

/** A staff row as the API shows it (never its password hash or second-factor secret). */
export function staffOut(r: typeof schema.staff.$inferSelect) {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    active: r.active,
    createdAt: new Date(r.createdAt).toISOString(),
    invited: r.invitedAt !== null,
    secondFactor: r.totpEnabledAt !== null,
  };
}
