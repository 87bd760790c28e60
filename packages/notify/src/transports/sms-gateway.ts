import { randomUUID } from "node:crypto";
import { PermanentDeliveryError, TransientDeliveryError } from "./errors.ts";
import type { OutgoingMessage, SendResult, Transport } from "./types.ts";

export type SmsGatewayOptions = {
  /** Endpoint that accepts one message per POST, e.g. https://sms.example.be/v1/messages. */
  url: string;
  token: string;
  /** Whole request, connect to body (default 10 s). */
  timeoutMs?: number;
};

const E164 = /^\+[1-9]\d{6,14}$/;

/** Statuses in the 4xx range that are worth retrying. */
const RETRYABLE_4XX = new Set([408, 425, 429]);

/**
 * POST {url} with `Authorization: Bearer <token>`, `Idempotency-Key: <reference>` and JSON `{ to, text, reference }`;
 * a 2xx answer carries JSON `{ id }`. 4xx is permanent (except 408/425/429), 5xx, timeouts and
 * network errors are transient.
 */
export function createSmsGatewayTransport(options: SmsGatewayOptions): Transport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      if (message.kind !== "sms") throw new PermanentDeliveryError(`SMS gateway cannot send ${message.kind}`);
      if (!E164.test(message.to)) throw new PermanentDeliveryError(`not an E.164 phone number: ${message.to}`);
      const reference = message.reference ?? randomUUID();
      const body = JSON.stringify({ to: message.to, text: message.text, reference });
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: "POST",
          headers: {
            authorization: `Bearer ${options.token}`,
            "content-type": "application/json",
            accept: "application/json",
            // The same delivery sent again (a worker killed after the gateway took it) has the same key:
            // the gateway answers as the first time and sends nothing (packages/notify/README.md).
            "idempotency-key": reference,
          },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new TransientDeliveryError(`SMS gateway unreachable: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      // A 2xx without a readable body still means the gateway took the message: no retry.
      const payload: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const id = (payload as { id?: unknown } | undefined)?.id;
        return typeof id === "string" || typeof id === "number" ? { providerId: String(id) } : {};
      }
      const detail = `SMS gateway answered ${response.status}${payload === undefined ? "" : `: ${JSON.stringify(payload).slice(0, 200)}`}`;
      if (response.status >= 400 && response.status < 500 && !RETRYABLE_4XX.has(response.status)) {
        throw new PermanentDeliveryError(detail, { status: response.status });
      }
      throw new TransientDeliveryError(detail, { status: response.status });
    },
  };
}
