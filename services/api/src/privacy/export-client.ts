import { sql, type SQL } from "drizzle-orm";
import { clientReservedAccount, clientWalletAccount } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { notFound } from "../errors/problem.ts";
import { appointmentsQuery, auditQuery, deliveriesQuery, exportRows } from "./export-rows.ts";
import type { PersonExport } from "./export-worker.ts";

const T = sql`app_current_tenant()`;

/**
 * Everything held about a client (GDPR art. 15 and 20). Work done for them carries the dates,
 * hours and vouchers, not the worker's name or numbers (another person's data).
 */
export async function exportClient(ctx: TenantContext, id: string): Promise<PersonExport> {
  const [person] = await exportRows(
    ctx.tx,
    sql`SELECT id, type, name, contact_first_name, contact_last_name, phone, email, language, street, house_number, postal_code,
               (SELECT name FROM municipalities m WHERE m.tenant_id = c.tenant_id AND m.id = c.municipality_id) AS municipality,
               (SELECT name FROM neighbourhoods n WHERE n.tenant_id = c.tenant_id AND n.id = c.neighbourhood_id) AS neighbourhood,
               lat, lon, national_number, enterprise_number, client_number, ex_pwa_since, sms_opt_out, email_opt_out,
               erased_at, erasure_reason, created_at, updated_at
          FROM clients c WHERE tenant_id = ${T} AND id = ${id}`,
  );
  if (!person) throw notFound("Deze gebruiker");
  const q: Record<string, SQL> = {
    agreements: sql`SELECT id, start_date, end_date, fee_cents, payment_reference, fee_paid_on, created_at
                     FROM client_agreements WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY start_date`,
    jobs: sql`SELECT id, activity_code, description, estimated_minutes, window_from, window_to, status, created_at
               FROM jobs WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY created_at`,
    assignments: sql`SELECT id, job_id, starts_at, ends_at, minutes, status FROM assignments
                      WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY starts_at`,
    timeEntries: sql`SELECT id, work_date, minutes, vouchers, status, confirmed_at, confirmed_by, dispute_reason
                      FROM time_entries WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY work_date, created_at`,
    voucherOrders: sql`SELECT id, quantity, unit_price_cents, amount_cents, payment_reference, status, created_at, paid_at
                        FROM voucher_orders WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY created_at`,
    voucherLots: sql`SELECT id, order_id, quantity, issued_on, expires_on FROM voucher_lots WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY issued_on`,
    voucherMovements: sql`SELECT created_at, kind, lot_id, vouchers, time_entry_id FROM voucher_movements
                           WHERE tenant_id = ${T} AND account IN (${clientWalletAccount(id)}, ${clientReservedAccount(id)}) ORDER BY created_at, id`,
    payments: sql`SELECT p.paid_on, p.amount_cents, p.payment_reference, p.source, p.counterparty_name, p.counterparty_account, p.communication, p.status
                   FROM payments p
                  WHERE p.tenant_id = ${T} AND (p.credited_client_id = ${id}
                     OR p.matched_order_id IN (SELECT o.id FROM voucher_orders o WHERE o.tenant_id = ${T} AND o.client_id = ${id})
                     OR p.matched_client_agreement_id IN (SELECT a.id FROM client_agreements a WHERE a.tenant_id = ${T} AND a.client_id = ${id}))
                  ORDER BY p.paid_on`,
    credit: sql`SELECT created_at, kind, amount_cents FROM client_credit_movements WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY created_at`,
    transfers: sql`SELECT created_at, kind, amount_cents, creditor_name, creditor_iban, remittance, vouchers, status
                    FROM client_transfers WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY created_at`,
    activityRequests: sql`SELECT activity_code, wish, status, answer, answered_at, created_at FROM activity_requests
                           WHERE tenant_id = ${T} AND client_id = ${id} ORDER BY created_at`,
    feedbackGiven: sql`SELECT month, answer, comment, answered_at FROM client_feedback_requests
                        WHERE tenant_id = ${T} AND client_id = ${id} AND answered_at IS NOT NULL ORDER BY month`,
    messages: deliveriesQuery("client", id),
    appointments: appointmentsQuery("client", id),
    audit: auditQuery("client", id),
  };
  const categories: PersonExport["categories"] = {};
  for (const [name, query] of Object.entries(q)) categories[name] = await exportRows(ctx.tx, query);
  await ctx.audit({ entity: "client", entityId: id, action: "data_export", after: { categories: Object.keys(categories) } });
  return { kind: "client", id, exportedAt: new Date().toISOString(), person, categories, omitted: [] };
}
