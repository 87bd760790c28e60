import { sql } from "drizzle-orm";
import type { Config } from "@wijkwerk/config";
import { vouchers as wallet, type Tx } from "@wijkwerk/db";
import { sameBrusselsDay } from "@wijkwerk/domain";
import type { BaseData, EventData, EventName } from "@wijkwerk/notify";
import type { EventJobName, EventPayload } from "@wijkwerk/queue";
import { clientRecipient, consultantRecipients, workerRecipient, type Channel, type Recipient } from "./recipients.ts";

/** A message to one recipient; the base fields (organisation, greeting) are added when rendering. */
export interface PlannedMessage {
  event: EventName;
  recipient: Recipient;
  data: Record<string, unknown>;
  /** Overrides for the SMS rendering, e.g. a short link instead of the long one in the mail. */
  smsData?: Record<string, unknown>;
  /** Default: email, plus SMS when the event has an SMS template. */
  channels?: Channel[];
  /** Urgent SMS ignore quiet hours (sign-in codes, a cancellation for today). */
  urgent?: boolean;
}

/** What a loader gets: the event's payload, already checked against its schema (@wijkwerk/queue MESSAGES). */
export interface LoadContext<N extends EventJobName> {
  tx: Tx;
  payload: EventPayload<N> & { tenantId: string };
  config: Config;
  now: Date;
}

export type Loader<N extends EventJobName> = (ctx: LoadContext<N>) => Promise<PlannedMessage[]>;

/** The event payload does not carry what its contract promises: retrying cannot help. */
export class PayloadError extends Error {}

type Data<E extends EventName> = Omit<EventData[E], keyof BaseData>;

function message<E extends EventName>(
  event: E,
  recipient: Recipient,
  data: Data<E>,
  extra: { smsData?: Partial<Data<E>>; channels?: Channel[]; urgent?: boolean } = {},
): PlannedMessage {
  const m: PlannedMessage = { event, recipient, data: data as Record<string, unknown> };
  if (extra.smsData) m.smsData = extra.smsData as Record<string, unknown>;
  if (extra.channels) m.channels = extra.channels;
  if (extra.urgent) m.urgent = true;
  return m;
}

const web = (config: Config, path: string) => `${config.PUBLIC_WEB_URL.replace(/\/$/, "")}${path}`;

type AssignmentInfo = {
  id: string;
  job_id: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  expires_at: Date | null;
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
    SELECT a.id, a.job_id, a.status, a.starts_at, a.ends_at, a.expires_at, a.created_at,
           act.name AS activity, c.name AS client_name, c.street, c.house_number, c.postal_code, m.name AS municipality,
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
/** A place given as free text (training location, zitdag location): no separate street fields. */
const placeOf = (name: string) => ({ name, street: name, postalCode: "", municipality: "" });

/** Per outbox event name: who is told what. An empty list = nobody (e.g. the assignment was cancelled since). */
export const LOADERS: { [N in EventJobName]: Loader<N> } = {
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
      link: payload.respondUrl ?? web(config, "/werker"),
    };
    // The signed link is far longer than one SMS allows: the SMS points to the worker page.
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
      SELECT te.work_date, te.minutes, te.status, te.dispute_reason, te.client_id, act.name AS activity,
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
      SELECT te.work_date, te.minutes, te.status, act.name AS activity, w.first_name || ' ' || w.last_name AS worker_name
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

  "voucher_order.created": async ({ tx, payload }) => {
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    const [acct] = await tx.execute<{ iban: string; bic: string | null }>(
      sql`SELECT iban, bic FROM organisation_accounts WHERE tenant_id = app_current_tenant()`,
    );
    // Without the organisation's account the client cannot pay: fail visibly instead of mailing half a message.
    if (!acct) throw new PayloadError("De organisatie heeft nog geen rekeningnummer (organisation_accounts): de betaalinstructie kan niet verstuurd worden.");
    return [
      message("voucher_order.created", client, {
        quantity: payload.quantity,
        amountCents: payload.amountCents,
        ogm: payload.paymentReference,
        iban: acct.iban,
        bic: acct.bic ?? "",
      }),
    ];
  },

  "vouchers.low": async ({ tx, payload, config }) => {
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    return [message("vouchers.low", client, { remaining: payload.available, link: web(config, "/klant/cheques") })];
  },

  "vouchers.expiring": async ({ tx, payload, config }) => {
    const client = await clientRecipient(tx, payload.clientId);
    if (!client) return [];
    return [message("vouchers.expiring", client, { count: payload.count, expiresOn: payload.expiresOn, link: web(config, "/klant/cheques") })];
  },

  "agreement.ending": async ({ tx, payload, config }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    const [w] = await tx.execute<{ name: string }>(
      sql`SELECT first_name || ' ' || last_name AS name FROM workers WHERE tenant_id = app_current_tenant() AND id = ${worker.id}`,
    );
    const endsOn = payload.endsOn;
    const daysLeft = payload.daysLeft;
    const data: Data<"agreement.ending"> = { workerName: w?.name ?? worker.name, endsOn, daysLeft, link: web(config, `/werkers/${worker.id}`) };
    const staff = (await consultantRecipients(tx)).map((r) => message("agreement.ending", r, data));
    // The sweep asks for the worker too (notify).
    return payload.notify.includes("worker") ? [...staff, message("agreement.ending_worker", worker, { endsOn, daysLeft })] : staff;
  },

  "training.reminder": async ({ tx, payload }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    // A place given up since (unenrolled, session cancelled) gets no reminder.
    const [e] = await tx.execute<{ status: string }>(sql`
      SELECT status FROM training_enrollments WHERE tenant_id = app_current_tenant() AND session_id = ${payload.sessionId} AND worker_id = ${worker.id}`);
    if (e && e.status !== "enrolled") return [];
    return [
      message("training.reminder", worker, {
        training: payload.training,
        startsAt: payload.startsAt,
        endsAt: payload.endsAt,
        place: placeOf(payload.location),
      }),
    ];
  },

  "training.promoted": async ({ tx, payload }) => {
    const worker = await workerRecipient(tx, payload.workerId);
    if (!worker) return [];
    const [e] = await tx.execute<{ status: string }>(sql`
      SELECT status FROM training_enrollments WHERE tenant_id = app_current_tenant() AND session_id = ${payload.sessionId} AND worker_id = ${worker.id}`);
    // Gave the place up again before we got here: no "you have a place" message.
    if (e && e.status !== "enrolled") return [];
    return [
      message("training.promoted", worker, {
        training: payload.training,
        startsAt: payload.startsAt,
        endsAt: payload.endsAt,
        place: placeOf(payload.location),
      }),
    ];
  },

  "appointment.reminder": async ({ tx, payload }) => {
    const [ap] = await tx.execute<{ status: string }>(
      sql`SELECT status FROM appointments WHERE tenant_id = app_current_tenant() AND id = ${payload.appointmentId}`,
    );
    if (ap && ap.status !== "planned") return [];
    const { clientId, workerId } = payload;
    let recipient = clientId ? await clientRecipient(tx, clientId) : workerId ? await workerRecipient(tx, workerId) : undefined;
    const phone = payload.phone;
    if (!recipient && phone)
      recipient = { type: "contact", id: null, name: payload.name ?? "", language: "nl", phone, email: null, smsOptOut: false, emailOptOut: false };
    if (!recipient) return [];
    const where = [payload.location, payload.neighbourhoodName].filter(Boolean).join(", ");
    return [
      message("appointment.reminder", recipient, { startsAt: payload.startsAt, place: placeOf(where || "-"), consultantName: payload.consultantName ?? "-" }),
    ];
  },

  "auth.code": async ({ tx, payload }) => {
    const subjectType = payload.subjectType;
    const subjectId = payload.subjectId;
    const person = subjectType === "worker" ? await workerRecipient(tx, subjectId) : await clientRecipient(tx, subjectId);
    if (!person) return [];
    const channel: Channel = payload.channel;
    // The code goes where it was asked for, whatever the opt-outs: the person asked for it now.
    const recipient: Recipient = {
      ...person,
      smsOptOut: false,
      emailOptOut: false,
      phone: channel === "sms" ? payload.destination : null,
      email: channel === "email" ? payload.destination : null,
    };
    return [message("auth.code", recipient, { code: payload.code, validMinutes: payload.validMinutes }, { channels: [channel], urgent: true })];
  },
};

export function isEventJob(name: string): name is EventJobName {
  return Object.hasOwn(LOADERS, name);
}

/**
 * Events that reach the events queue but send nothing (yet): no template exists. They are handled
 * (not failed) so BullMQ's failed set only holds real problems. Every event has a template now.
 */
export const SILENT_EVENTS: readonly string[] = [];
