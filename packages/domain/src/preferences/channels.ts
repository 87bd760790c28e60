/**
 * Rule "a message goes only where the person lets it" (issue 20, "Consent and preferences"): per
 * channel, a message is sent when the person has an address for it and has not opted out; else it
 * is recorded as skipped with the reason, so a consultant sees why it did not arrive. An event with
 * an SMS text goes by both channels (issue Notifications), so opting out of one leaves the other:
 * that is the fall-back. Nobody is reached when every channel is skipped.
 */
export type MessageChannel = "email" | "sms";

export interface ContactPreferences {
  email: string | null;
  phone: string | null;
  smsOptOut: boolean;
  emailOptOut: boolean;
}

export type ChannelSkip = "no_address" | "opted_out";

export type ChannelDecision = { channel: MessageChannel; send: true } | { channel: MessageChannel; send: false; skip: ChannelSkip };

export function channelDecisions(channels: readonly MessageChannel[], p: ContactPreferences): ChannelDecision[] {
  return channels.map((channel) => {
    const address = channel === "email" ? p.email : p.phone;
    if (!address) return { channel, send: false, skip: "no_address" };
    if (channel === "email" ? p.emailOptOut : p.smsOptOut) return { channel, send: false, skip: "opted_out" };
    return { channel, send: true };
  });
}

/** Which channels can reach the person at all; `unreachable` when none (shown to the consultant). */
export function reachability(p: ContactPreferences): { sms: boolean; email: boolean; unreachable: boolean } {
  const [email, sms] = channelDecisions(["email", "sms"], p).map((d) => d.send);
  return { email: email === true, sms: sms === true, unreachable: !email && !sms };
}
