import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { normalizePhone, smsReach } from "@wijkwerk/domain";
import { AppError, validationError } from "../errors/problem.ts";

export type Destination = { channel: "sms" | "email"; value: string };

/** Exactly one of phone or email; phones are compared in E.164, e-mail addresses in lower case. */
export function destinationOf(body: { phone?: string | undefined; email?: string | undefined }): Destination {
  if ((body.phone === undefined) === (body.email === undefined)) {
    const message = "Geef een gsm-nummer of een e-mailadres, niet allebei.";
    throw validationError([
      { path: "phone", message },
      { path: "email", message },
    ]);
  }
  if (body.phone !== undefined) {
    const phone = normalizePhone(body.phone);
    if (!phone.ok) throw validationError([{ path: "phone", message: "Dit gsm-nummer kunnen we niet lezen. Schrijf het zo: 0470 12 34 56." }]);
    // A landline cannot receive the code (domain smsReach). Saying so depends on the number alone, never on whether it is registered.
    if (smsReach(body.phone) === "landline")
      throw new AppError("auth.phone_landline", "Naar een vast nummer kunnen we geen sms sturen. Gebruik uw gsm-nummer of e-mailadres, of bel uw consulent.", {
        errors: [{ path: "phone", message: "Naar een vast nummer kunnen we geen sms sturen. Gebruik uw gsm-nummer of e-mailadres, of bel uw consulent." }],
      });
    return { channel: "sms", value: phone.value };
  }
  return { channel: "email", value: body.email!.trim().toLowerCase() };
}

export interface Subject {
  type: "worker" | "client";
  id: string;
}

/** Workers first (their phone is required), then clients by contact phone or e-mail; active workers only. */
export async function findSubject(tx: Tx, d: Destination): Promise<Subject | undefined> {
  const w = await tx.execute<{ id: string }>(
    d.channel === "sms"
      ? sql`SELECT id FROM workers WHERE tenant_id = app_current_tenant() AND phone = ${d.value} AND status = 'active' ORDER BY created_at LIMIT 1`
      : sql`SELECT id FROM workers WHERE tenant_id = app_current_tenant() AND lower(email) = ${d.value} AND status = 'active' ORDER BY created_at LIMIT 1`,
  );
  if (w[0]) return { type: "worker", id: w[0].id };
  const c = await tx.execute<{ id: string }>(
    d.channel === "sms"
      ? sql`SELECT id FROM clients WHERE tenant_id = app_current_tenant() AND phone = ${d.value} ORDER BY created_at LIMIT 1`
      : sql`SELECT id FROM clients WHERE tenant_id = app_current_tenant() AND lower(email) = ${d.value} ORDER BY created_at LIMIT 1`,
  );
  return c[0] ? { type: "client", id: c[0].id } : undefined;
}
