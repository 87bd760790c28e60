import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { schema, type Tx } from "@wijkwerk/db";
import { writeOutbox } from "@wijkwerk/queue";

/**
 * Issue 20: links by e-mail to choose a password: an invitation (valid 7 days) or a reset (1 hour,
 * the usual window: whoever reads the mail later asks again). 192 random bits; only the SHA-256 is
 * stored, so a copy of the database opens no account. A new link replaces the older unused ones.
 */
export const LINK_VALID_HOURS = { invite: 24 * 7, password_reset: 1 } as const;
export type LinkPurpose = keyof typeof LINK_VALID_HOURS;

const hashOf = (code: string) => createHash("sha256").update(code).digest("hex");

/** Makes the link and its mail (outbox, same transaction); the plain code leaves only in the mail. */
export async function sendStaffLink(tx: Tx, tenantId: string, staffId: string, purpose: LinkPurpose, requestId?: string): Promise<{ expiresAt: string }> {
  const code = randomBytes(24).toString("base64url");
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + LINK_VALID_HOURS[purpose] * 3_600_000).toISOString();
  const l = schema.staffLinks;
  await tx
    .update(l)
    .set({ usedAt: sql`now()` })
    .where(and(eq(l.staffId, staffId), eq(l.purpose, purpose), isNull(l.usedAt)));
  await tx.insert(l).values({ tenantId, id, staffId, purpose, codeHash: hashOf(code), expiresAt });
  await writeOutbox(tx, tenantId, {
    topic: purpose === "invite" ? "events/staff.invite" : "events/staff.password_reset",
    payload: { staffId, linkId: id, code, expiresAt },
    ...(requestId ? { requestId } : {}),
  });
  return { expiresAt };
}

export interface FoundLink {
  id: string;
  purpose: LinkPurpose;
  staffId: string;
  name: string;
  email: string;
  expiresAt: string;
  usable: boolean;
}

/** The link of this code in the caller's tenant, locked when `forUpdate`; usable = not used, not expired, account active. */
export async function findStaffLink(tx: Tx, code: string, forUpdate = false): Promise<FoundLink | undefined> {
  const [row] = await tx.execute<{
    id: string;
    purpose: LinkPurpose;
    staff_id: string;
    name: string;
    email: string;
    expires_at: string;
    usable: boolean;
  }>(sql`
    SELECT l.id, l.purpose, l.staff_id, s.name, s.email, l.expires_at::text,
           (l.used_at IS NULL AND l.expires_at > now() AND s.active) AS usable
      FROM staff_links l JOIN staff s ON s.tenant_id = l.tenant_id AND s.id = l.staff_id
     WHERE l.tenant_id = app_current_tenant() AND l.code_hash = ${hashOf(code)}
     ${forUpdate ? sql`FOR UPDATE OF l` : sql``}`);
  if (!row) return undefined;
  return {
    id: row.id,
    purpose: row.purpose,
    staffId: row.staff_id,
    name: row.name,
    email: row.email,
    expiresAt: new Date(row.expires_at).toISOString(),
    usable: row.usable,
  };
}

export async function useStaffLink(tx: Tx, id: string): Promise<void> {
  await tx
    .update(schema.staffLinks)
    .set({ usedAt: sql`now()` })
    .where(eq(schema.staffLinks.id, id));
}
