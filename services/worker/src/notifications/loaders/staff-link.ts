import { sql } from "drizzle-orm";
import { message, web, type LoaderTable } from "../loader.ts";
import type { Recipient } from "../recipients.ts";

/**
 * Issue 20: the link to choose a password, to the staff member's own address only. Nothing is sent
 * when the link was used or replaced meanwhile, or the account was deactivated.
 */
const staffLink =
  (event: "staff.invite" | "staff.password_reset"): LoaderTable<typeof event>[typeof event] =>
  async ({ tx, payload, config }) => {
    const [row] = await tx.execute<{ name: string; email: string; slug: string }>(sql`
      SELECT s.name, s.email, t.slug
        FROM staff_links l
        JOIN staff s ON s.tenant_id = l.tenant_id AND s.id = l.staff_id
        JOIN tenants t ON t.id = l.tenant_id
       WHERE l.tenant_id = app_current_tenant() AND l.id = ${payload.linkId} AND l.staff_id = ${payload.staffId}
         AND l.used_at IS NULL AND l.expires_at > now() AND s.active`);
    if (!row) return [];
    const recipient: Recipient = {
      type: "staff",
      id: payload.staffId,
      name: row.name,
      language: "nl",
      phone: null,
      email: row.email,
      smsOptOut: true,
      emailOptOut: false,
    };
    const link = web(config, `/wachtwoord-kiezen?o=${encodeURIComponent(row.slug)}&c=${encodeURIComponent(payload.code)}`);
    return [message(event, recipient, { link, expiresAt: payload.expiresAt }, { channels: ["email"], urgent: true })];
  };

export const STAFF_LINK_LOADERS: LoaderTable<"staff.invite" | "staff.password_reset"> = {
  "staff.invite": staffLink("staff.invite"),
  "staff.password_reset": staffLink("staff.password_reset"),
};
