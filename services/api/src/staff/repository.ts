import { and, asc, eq, sql } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { endAllSessions } from "./sessions.ts";

/** Every query of staff accounts, inside the caller's tenant transaction. */
const s = schema.staff;

export async function lockStaff(tx: Tx, id: string) {
  const [row] = await tx.select().from(s).where(eq(s.id, id)).for("update");
  return row;
}

export async function listStaff(tx: Tx, after: readonly (string | number)[] | undefined, limit: number) {
  return tx
    .select()
    .from(s)
    .where(after ? sql`(${s.createdAt}, ${s.id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : undefined)
    .orderBy(asc(s.createdAt), asc(s.id))
    .limit(limit + 1);
}

/**
 * The active admins' ids, their rows locked in id order. Taken before any other staff row, so two
 * admins who demote each other at once queue instead of deadlocking, and the second sees the first's change.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: s.id })
    .from(s)
    .where(and(eq(s.role, "admin"), eq(s.active, true)))
    .orderBy(asc(s.id))
    .for("update");
  return rows.map((r) => r.id);
}

/**
 * Changes a member. With `signOut`, every token they hold is refused from now on: a new role, a
 * new password or deactivation must not leave an old session with the old rights.
 */
export async function updateStaff(
  tx: Tx,
  id: string,
  values: Partial<Pick<typeof s.$inferInsert, "name" | "role" | "active" | "passwordHash" | "deactivatedAt">>,
  signOut: boolean,
) {
  if (signOut) await endAllSessions(tx, id);
  const [row] = await tx
    .update(s)
    .set(signOut ? { ...values, sessionsRevokedAt: sql`now()` } : values)
    .where(eq(s.id, id))
    .returning();
  return row!;
}
