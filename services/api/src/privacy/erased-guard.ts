import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { AppError } from "../errors/problem.ts";

export type PersonKind = "worker" | "client";

/** Routes under a person that stay open after erasure: the erasure itself (it answers already_erased on its own) and reads. */
const OPEN_AFTER_ERASURE = /\/(erasure|data-export(\.pdf)?)$/;

/**
 * Which person a route changes, when it changes one: every PATCH, PUT, POST or DELETE under
 * /v1/workers/:id or /v1/clients/:id (the person's record, preferences, agreements, skills,
 * consents, coaching…). Decided by the route's URL so that a route added later is guarded too;
 * the OpenAPI document lists privacy.already_erased for the same routes (plugins/openapi.ts).
 */
export function erasedGuardOf(method: string, url: string): PersonKind | undefined {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return undefined;
  const m = /^\/v1\/(workers|clients)\/:id(\/|$)/.exec(url);
  if (!m || OPEN_AFTER_ERASURE.test(url)) return undefined;
  return m[1] === "workers" ? "worker" : "client";
}

/**
 * Issue 20: an erased person is a pseudonym kept for the books; a change would put personal data
 * back on it (a new phone, preferences, an agreement). Refused with 409 privacy.already_erased,
 * before the handler writes anything. FOR NO KEY UPDATE queues behind an erasure's FOR UPDATE
 * (privacy/erasure.ts), so a change racing an erasure sees it once it has committed. It is the
 * first lock the transaction takes on the person and it conflicts with itself, so two changes of one
 * person queue here rather than both holding a share lock and deadlocking when each then wants the
 * row for update (seen with FOR KEY SHARE: parallel agreements of one client). It does not block
 * rows that merely reference the person (their foreign-key checks take KEY SHARE). A row not found
 * is left to the handler (404, as for another tenant or area).
 */
export async function refuseErased(tx: Tx, kind: PersonKind, id: string): Promise<void> {
  const [row] =
    kind === "worker"
      ? await tx.execute<{ erased: boolean }>(
          sql`SELECT erased_at IS NOT NULL AS erased FROM workers WHERE tenant_id = app_current_tenant() AND id = ${id} FOR NO KEY UPDATE`,
        )
      : await tx.execute<{ erased: boolean }>(
          sql`SELECT erased_at IS NOT NULL AS erased FROM clients WHERE tenant_id = app_current_tenant() AND id = ${id} FOR NO KEY UPDATE`,
        );
  if (row?.erased)
    throw new AppError(
      "privacy.already_erased",
      kind === "worker"
        ? "Deze wijk-werker is gewist. Zijn of haar gegevens kan u niet meer veranderen."
        : "Deze gebruiker is gewist. De gegevens kan u niet meer veranderen.",
    );
}
