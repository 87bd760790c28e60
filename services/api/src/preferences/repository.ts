import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";

/** Queries of issue 20's contact preferences: the same columns on workers and on clients. */
export type PersonKind = "worker" | "client";

export type PreferenceRow = {
  phone: string | null;
  email: string | null;
  language: string;
  sms_opt_out: boolean;
  email_opt_out: boolean;
  quiet_from: number | null;
  quiet_until: number | null;
};

const table = (kind: PersonKind) => (kind === "worker" ? sql`workers` : sql`clients`);

/** The person's preferences; `lock` holds the row for the change that follows. */
export async function load(tx: Tx, kind: PersonKind, id: string, lock = false): Promise<PreferenceRow | undefined> {
  const [row] = await tx.execute<PreferenceRow>(sql`
    SELECT phone, email, language, sms_opt_out, email_opt_out, quiet_from, quiet_until
      FROM ${table(kind)} WHERE tenant_id = app_current_tenant() AND id = ${id} ${lock ? sql`FOR NO KEY UPDATE` : sql``}`);
  return row;
}

export async function save(
  tx: Tx,
  kind: PersonKind,
  id: string,
  p: { smsOptOut: boolean; emailOptOut: boolean; quietFrom: number | null; quietUntil: number | null },
): Promise<void> {
  await tx.execute(sql`
    UPDATE ${table(kind)} SET sms_opt_out = ${p.smsOptOut}, email_opt_out = ${p.emailOptOut}, quiet_from = ${p.quietFrom}, quiet_until = ${p.quietUntil},
           updated_at = now()
     WHERE tenant_id = app_current_tenant() AND id = ${id}`);
}
