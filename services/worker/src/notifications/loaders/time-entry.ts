import { sql } from "drizzle-orm";
import { vouchers as wallet } from "@wijkwerk/db";
import type { EventJobName } from "@wijkwerk/queue";
import { message, web, type Data, type LoaderTable } from "../loader.ts";
import { clientRecipient, consultantRecipients } from "../recipients.ts";

/** The time-entry events: the client is asked to confirm the hours, staff hear of a dispute. */
export const TIME_ENTRY_LOADERS: LoaderTable<Extract<EventJobName, `time_entry.${string}`>> = {
  "time_entry.disputed": async ({ tx, payload, config }) => {
    const [te] = await tx.execute<{
      work_date: string;
      minutes: number;
      status: string;
      dispute_reason: string | null;
      client_id: string;
      activity: string;
      worker_name: string;
      client_name: string;
    }>(sql`
      SELECT te.work_date, te.minutes, te.status, te.dispute_reason, te.client_id, act.code AS activity,
             w.first_name || ' ' || w.last_name AS worker_name, c.name AS client_name
        FROM time_entries te
        JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
        JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
        JOIN activities act ON act.code = j.activity_code
        JOIN workers w ON w.tenant_id = te.tenant_id AND w.id = te.worker_id
        JOIN clients c ON c.tenant_id = te.tenant_id AND c.id = te.client_id
       WHERE te.tenant_id = app_current_tenant() AND te.id = ${payload.timeEntryId}`);
    // Resolved (corrected, cancelled, confirmed) before we got here: nothing to ask any more.
    if (!te || te.status !== "disputed") return [];
    const data: Data<"time_entry.disputed"> = {
      workerName: te.worker_name,
      clientName: te.client_name,
      activity: te.activity,
      workedOn: te.work_date,
      minutes: te.minutes,
      reason: te.dispute_reason ?? "",
      link: web(config, `/klanten/${te.client_id}`),
    };
    return (await consultantRecipients(tx)).map((r) => message("time_entry.disputed", r, data));
  },

  "time_entry.to_confirm": async ({ tx, payload, config }) => {
    const [te] = await tx.execute<{
      work_date: string;
      minutes: number;
      status: string;
      activity: string;
      worker_name: string;
    }>(sql`
      SELECT te.work_date, te.minutes, te.status, act.code AS activity, w.first_name || ' ' || w.last_name AS worker_name
        FROM time_entries te
        JOIN assignments a ON a.tenant_id = te.tenant_id AND a.id = te.assignment_id
        JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
        JOIN activities act ON act.code = j.activity_code
        JOIN workers w ON w.tenant_id = te.tenant_id AND w.id = te.worker_id
       WHERE te.tenant_id = app_current_tenant() AND te.id = ${payload.timeEntryId}`);
    if (!te || te.status !== "submitted") return [];
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    const days = (await wallet.tenantSettings(tx, payload.tenantId)).confirmWindowDays;
    return [
      message("time_entry.to_confirm", client, {
        workerName: te.worker_name,
        activity: te.activity,
        workedOn: te.work_date,
        minutes: te.minutes,
        autoConfirmDays: days,
        link: web(config, "/klant"),
      }),
    ];
  },
};
