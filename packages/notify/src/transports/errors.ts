/** Base class: `permanent` tells the job runner whether retrying can help. */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  readonly status: number | undefined;

  constructor(message: string, options: { permanent: boolean; status?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DeliveryError";
    this.permanent = options.permanent;
    this.status = options.status;
  }
}

/** The message can never be delivered as it is (bad number, rejected recipient): do not retry. */
export class PermanentDeliveryError extends DeliveryError {
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { ...options, permanent: true });
    this.name = "PermanentDeliveryError";
  }
}

/** The provider is down, slow or overloaded: retry later with backoff. */
export class TransientDeliveryError extends DeliveryError {
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { ...options, permanent: false });
    this.name = "TransientDeliveryError";
  }
}
