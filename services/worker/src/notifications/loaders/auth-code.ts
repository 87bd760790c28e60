import { message, type LoaderTable } from "../loader.ts";
import { clientRecipient, workerRecipient, type Channel, type Recipient } from "../recipients.ts";

/** A sign-in code, sent where the person asked for it. */
export const AUTH_LOADERS: LoaderTable<"auth.code"> = {
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
