import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { sameBrusselsDay } from "@wijkwerk/domain";
import type { EventJobName } from "@wijkwerk/queue";
import { message, web, type Data, type LoaderTable, type PlannedMessage } from "../loader.ts";
import { clientRecipient, consultantRecipients, workerRecipient } from "../recipients.ts";

/** The assignment events: a proposal to the worker, and what follows it (confirmed, reminded, cancelled, expired, declined). */

type AssignmentInfo = {
  id: string;
  job_id: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  expires_at: Date | null;
  responded_at: Date | null;
  created_at: Date;
  activity: string;
  client_name: string;
  street: string;
  house_number: string;
  postal_code: string;
  municipality: string;
  worker_name: string;
};

async function assignment(tx: Tx, id: string): Promise<AssignmentInfo | undefined> {
  const [a] = await tx.execute<AssignmentInfo>(sql`
    SELECT a.id, a.job_id, a.status, a.starts_at, a.ends_at, a.expires_at, a.responded_at, a.created_at,
           act.code AS activity, c.name AS client_name, c.street, c.house_number, c.postal_code, m.name AS municipality,
           w.first_name || ' ' || w.last_name AS worker_name
      FROM assignments a
      JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
      JOIN activities act ON act.code = j.activity_code
      JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
      JOIN municipalities m ON m.tenant_id = c.tenant_id AND m.id = c.municipality_id
      JOIN workers w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id
     WHERE a.tenant_id = app_current_tenant() AND a.id = ${id}`);
  return a;
}

const addressOf = (a: AssignmentInfo) => ({ street: `${a.street} ${a.house_number}`, postalCode: a.postal_code, municipality: a.municipality });
const some = <T>(x: T | undefined): T[] => (x === undefined ? [] : [x]);

export const ASSIGNMENT_LOADERS: LoaderTable<Extract<EventJobName, `assignment.${string}`>> = {
  "assignment.proposed": async ({ tx, payload, config }) => {
    const a = await assignment(tx, payload.assignmentId);
    // Declined, cancelled or expired before we got here: a stale proposal must not go out.
    if (!a || a.status !== "proposed") return [];
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    const data: Data<"assignment.proposed"> = {
      activity: a.activity,
      clientName: a.client_name,
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      address: addressOf(a),
      respondBy: a.expires_at ?? a.starts_at,
      // Issue 17: the mail opens the same page as the SMS, /j/<code>, without signing in.
      link: payload.shortUrl ?? payload.respondUrl,
    };
    // The long signed link (proposals from before the short one) does not fit an SMS: those point to the worker page.
    return [message("assignment.proposed", worker, data, { smsData: { link: payload.shortUrl ?? web(config, "/werker") } })];
  },

  "assignment.confirmed": async ({ tx, payload }) => {
    const a = await assignment(tx, payload.assignmentId);
    if (!a || (a.status !== "accepted" && a.status !== "completed")) return [];
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    return [
      message("assignment.confirmed", client, {
        activity: a.activity,
        workerName: a.worker_name,
        startsAt: a.starts_at,
        endsAt: a.ends_at,
        address: addressOf(a),
      }),
    ];
  },

  "assignment.reminder": async ({ tx, payload }) => {
    const a = await assignment(tx, payload.assignmentId);
    if (!a || a.status !== "accepted") return [];
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    return [
      message("assignment.reminder", worker, {
        activity: a.activity,
        clientName: a.client_name,
        startsAt: a.starts_at,
        endsAt: a.ends_at,
        address: addressOf(a),
      }),
    ];
  },

  "assignment.cancelled": async ({ tx, payload, now }) => {
    const a = await assignment(tx, payload.assignmentId);
    if (!a) return [];
    const notify = payload.notify;
    const data: Data<"assignment.cancelled"> = { activity: a.activity, startsAt: a.starts_at, address: addressOf(a), reason: payload.reason || "-" };
    // Work planned for today cannot wait for the morning: the SMS goes out even in quiet hours.
    const urgent = sameBrusselsDay(new Date(a.starts_at), now);
    const out: PlannedMessage[] = [];
    if (notify.includes("worker"))
      for (const r of some(await workerRecipient(tx, payload.workerId))) out.push(message("assignment.cancelled", r, data, { urgent }));
    if (notify.includes("client"))
      for (const r of some(await clientRecipient(tx, payload.clientId))) out.push(message("assignment.cancelled", r, data, { urgent }));
    return out;
  },

  "assignment.expired": async ({ tx, payload, config }) => {
    const a = await assignment(tx, payload.assignmentId);
    if (!a) return [];
    const data: Data<"assignment.expired"> = {
      activity: a.activity,
      workerName: a.worker_name,
      clientName: a.client_name,
      startsAt: a.starts_at,
      proposedAt: a.created_at,
      link: web(config, `/klussen/${a.job_id}`),
    };
    return (await consultantRecipients(tx)).map((r) => message("assignment.expired", r, data));
  },

  "assignment.declined": async ({ tx, payload, config }) => {
    const a = await assignment(tx, payload.assignmentId);
    if (!a || a.status !== "declined") return [];
    // Issue 17: this notice waits out the 10-minute undo window; a decline undone (and perhaps given
    // again later, with its own notice) is not this decline.
    if (payload.declinedAt && (!a.responded_at || Math.abs(new Date(a.responded_at).getTime() - Date.parse(payload.declinedAt)) >= 1000)) return [];
    const reason = payload.reason ?? "";
    const data: Data<"assignment.declined"> = {
      activity: a.activity,
      workerName: a.worker_name,
      clientName: a.client_name,
      startsAt: a.starts_at,
      reason,
      link: web(config, `/klussen/${a.job_id}`),
    };
    return (await consultantRecipients(tx)).map((r) => message("assignment.declined", r, data));
  },
};
