export type EmailMessage = {
  kind: "email";
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Overrides the transport's default sender. */
  from?: string;
};

export type SmsMessage = {
  kind: "sms";
  /** E.164, e.g. "+32470123456". */
  to: string;
  text: string;
  /** Caller's id for this message (e.g. the outbox id); lets the gateway drop duplicates. */
  reference?: string;
};

export type OutgoingMessage = EmailMessage | SmsMessage;

export type SendResult = { providerId?: string };

export interface Transport {
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Releases pooled connections; safe to call more than once. */
  close?(): Promise<void>;
}
