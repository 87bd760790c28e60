export type EmailMessage = {
  kind: "email";
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Overrides the transport's default sender. */
  from?: string;
  /**
   * A stable Message-ID (`<id@domain>`): the same delivery sent twice carries the same one, so a
   * re-send after a crash is recognisable (SMTP has no idempotency key). See messageIdFor().
   */
  messageId?: string;
};

export type SmsMessage = {
  kind: "sms";
  /** E.164, e.g. "+32470123456". */
  to: string;
  text: string;
  /** Caller's id for this message (the delivery id); sent as Idempotency-Key so the gateway drops a repeat. */
  reference?: string;
};

export type OutgoingMessage = EmailMessage | SmsMessage;

export type SendResult = { providerId?: string };

export interface Transport {
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Releases pooled connections; safe to call more than once. */
  close?(): Promise<void>;
}

/** A Message-ID that is the same every time this delivery is sent: `<delivery-{id}@{domain of the sender}>`. */
export function messageIdFor(deliveryId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "wijkwerk.invalid";
  return `<delivery-${deliveryId}@${domain}>`;
}
