import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { formatPhoneNational, type QuietWindow } from "@wijkwerk/domain";

export type Channel = "email" | "sms";

/** Whom a message goes to, with the addresses and the opt-outs of that person. */
export interface Recipient {
  type: "worker" | "client" | "staff" | "contact";
  id: string | null;
  name: string;
  language: string;
  phone: string | null;
  email: string | null;
  smsOptOut: boolean;
  emailOptOut: boolean;
  /** The person's own quiet hours for SMS (issue 20); absent = only the organisation's. */
  quiet?: QuietWindow | null;
}

const quietWindow = (from: number | null, until: number | null): QuietWindow | null =>
  from !== null && until !== null ? { fromMinute: from, untilMinute: until } : null;

export async function workerRecipient(tx: Tx, id: string): Promise<Recipient | undefined> {
  const [w] = await tx.execute<{
    id: string;
    first_name: string;
    phone: string;
    email: string | null;
    language: string;
    sms_opt_out: boolean;
    email_opt_out: boolean;
    quiet_from: number | null;
    quiet_until: number | null;
  }>(
    sql`SELECT id, first_name, phone, email, language, sms_opt_out, email_opt_out, quiet_from, quiet_until FROM workers WHERE tenant_id = app_current_tenant() AND id = ${id}`,
  );
  if (!w) return undefined;
  return {
    type: "worker",
    id: w.id,
    name: w.first_name,
    language: w.language,
    phone: w.phone,
    email: w.email,
    smsOptOut: w.sms_opt_out,
    emailOptOut: w.email_opt_out,
    quiet: quietWindow(w.quiet_from, w.quiet_until),
  };
}

export async function clientRecipient(tx: Tx, id: string): Promise<Recipient | undefined> {
  const [c] = await tx.execute<{
    id: string;
    contact_first_name: string;
    contact_last_name: string;
    phone: string | null;
    email: string | null;
    language: string;
    sms_opt_out: boolean;
    email_opt_out: boolean;
    quiet_from: number | null;
    quiet_until: number | null;
  }>(
    sql`SELECT id, contact_first_name, contact_last_name, phone, email, language, sms_opt_out, email_opt_out, quiet_from, quiet_until FROM clients WHERE tenant_id = app_current_tenant() AND id = ${id}`,
  );
  if (!c) return undefined;
  return {
    type: "client",
    id: c.id,
    name: `${c.contact_first_name} ${c.contact_last_name}`,
    language: c.language,
    phone: c.phone,
    email: c.email,
    smsOptOut: c.sms_opt_out,
    emailOptOut: c.email_opt_out,
    quiet: quietWindow(c.quiet_from, c.quiet_until),
  };
}

/** Consultant events go to every active consultant of the tenant (staff read mail only). */
export async function consultantRecipients(tx: Tx): Promise<Recipient[]> {
  const staff = await tx.execute<{ id: string; name: string; email: string }>(
    sql`SELECT id, name, email FROM staff WHERE tenant_id = app_current_tenant() AND role = 'consultant' AND active ORDER BY created_at, id`,
  );
  return staff.map((s) => ({ type: "staff", id: s.id, name: s.name, language: "nl", phone: null, email: s.email, smsOptOut: true, emailOptOut: false }));
}

export interface Organisation {
  name: string;
  /** From tenants.phone (else the older tenants.settings.organisationPhone); absent → the template says "your consultant". */
  phone: string | null;
  iban: string | null;
  bic: string | null;
}

export async function organisation(tx: Tx): Promise<Organisation> {
  const [o] = await tx.execute<{
    name: string;
    phone: string | null;
    iban: string | null;
    bic: string | null;
  }>(sql`SELECT t.name, COALESCE(t.phone, t.settings->>'organisationPhone') AS phone, a.iban, a.bic
          FROM tenants t LEFT JOIN organisation_accounts a ON a.tenant_id = t.id
         WHERE t.id = app_current_tenant()`);
  if (!o) throw new Error("tenant not found");
  // tenants.phone (issue 17, set by the admin) is E.164: written as people write it in messages.
  return { ...o, phone: o.phone?.startsWith("+") ? formatPhoneNational(o.phone) : o.phone };
}

const NO_PHONE: Record<string, string> = { nl: "uw bemiddelaar", fr: "votre accompagnateur", en: "your consultant" };

export function organisationPhone(org: Organisation, language: string): string {
  return org.phone ?? NO_PHONE[language] ?? NO_PHONE.nl!;
}
