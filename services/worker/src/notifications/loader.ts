import type { Config } from "@wijkwerk/config";
import type { Tx } from "@wijkwerk/db";
import type { BaseData, EventData, EventName } from "@wijkwerk/notify";
import type { EventJobName, EventPayload } from "@wijkwerk/queue";
import type { Channel, Recipient } from "./recipients.ts";

/** What every event loader (loaders/*.ts) shares: its contract and the helpers to build messages. */

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

/** The loaders of a group of events, e.g. every `assignment.*` event. */
export type LoaderTable<K extends EventJobName> = { [N in K]: Loader<N> };

/** The event payload does not carry what its contract promises: retrying cannot help. */
export class PayloadError extends Error {}

export type Data<E extends EventName> = Omit<EventData[E], keyof BaseData>;

export function message<E extends EventName>(
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

export const web = (config: Config, path: string) => `${config.PUBLIC_WEB_URL.replace(/\/$/, "")}${path}`;

/** A place given as free text (training location, zitdag location): no separate street fields. */
export const placeOf = (name: string) => ({ name, street: name, postalCode: "", municipality: "" });
