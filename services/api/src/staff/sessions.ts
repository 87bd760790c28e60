import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

export type SessionRow = {
  jti: string;
  issued_at: string;
  expires_at: string;
  user_agent: string | null;
  second_factor: boolean;
};

/**
 * A staff member's live sessions: not expired, not signed out, not issued before their last
 * sign-out-everywhere. The same test as app_token_revoked, so what is listed is what still works.
 */
export async function liveSessions(tx: Tx, staffId: string): Promise<SessionRow[]> {
  return tx.execute<SessionRow>(sql`
    SELECT ss.jti, ss.issued_at::text, ss.expires_at::text, ss.user_agent, ss.second_factor
      FROM staff_sessions ss JOIN staff s ON s.tenant_id = ss.tenant_id AND s.id = ss.staff_id
     WHERE ss.tenant_id = app_current_tenant() AND ss.staff_id = ${staffId} AND ss.expires_at > now()
       AND (s.sessions_revoked_at IS NULL OR ss.issued_at > s.sessions_revoked_at)
       AND NOT EXISTS (SELECT 1 FROM revoked_tokens r WHERE r.tenant_id = ss.tenant_id AND r.jti = ss.jti)
     ORDER BY ss.issued_at DESC, ss.jti
     LIMIT 100`);
}

/** Ends one session (its token is refused from now on); false when it is not a live session of this person. */
export async function endSession(tx: Tx, staffId: string, jti: string): Promise<boolean> {
  const rows = await tx.execute(sql`
    INSERT INTO revoked_tokens (tenant_id, jti, subject_id, expires_at)
    SELECT ss.tenant_id, ss.jti, ss.staff_id, ss.expires_at FROM staff_sessions ss
     WHERE ss.tenant_id = app_current_tenant() AND ss.staff_id = ${staffId} AND ss.jti = ${jti} AND ss.expires_at > now()
    ON CONFLICT DO NOTHING
    RETURNING jti`);
  return rows.length > 0;
}

/**
 * Every recorded session of this person ends now, by token id. Together with
 * staff.sessions_revoked_at (which the caller sets, for tokens from before sessions were recorded)
 * this also ends a token dated into the next second (tokens.ts issuedAfter).
 */
export async function endAllSessions(tx: Tx, staffId: string): Promise<void> {
  await tx.execute(sql`
    INSERT INTO revoked_tokens (tenant_id, jti, subject_id, expires_at)
    SELECT tenant_id, jti, staff_id, expires_at FROM staff_sessions
     WHERE tenant_id = app_current_tenant() AND staff_id = ${staffId} AND expires_at > now()
    ON CONFLICT DO NOTHING`);
}
