export { EVENTS, SMS_EVENTS, SECRET_EVENTS, EVENT_AUDIENCE, isEventName } from "./events.ts";
export type { EventName, Audience } from "./events.ts";
export type { EventData } from "./event-data.ts";
export type { BaseData, Address, Place } from "./message-parts.ts";
export { createRenderer, DEFAULT_TEMPLATES_DIR } from "./render.ts";
export { ACTIVITY_NAMES, activityName } from "./activities.ts";
export type { Renderer, RenderedMessage } from "./render.ts";
export {
  LANGUAGES,
  TIME_ZONE,
  isLanguage,
  formatDate,
  formatFullDate,
  formatMonth,
  formatShortDate,
  formatTime,
  formatDateTime,
  formatTimeRange,
  formatDuration,
  formatShortDuration,
  formatMoney,
  formatAmount,
  formatDayDate,
  formatIban,
} from "./format.ts";
export type { Language, DateInput } from "./format.ts";
export { DeliveryError, PermanentDeliveryError, TransientDeliveryError } from "./transports/errors.ts";
export type { Transport, OutgoingMessage, EmailMessage, SmsMessage, SendResult } from "./transports/types.ts";
export { messageIdFor } from "./transports/types.ts";
export { createSmtpTransport } from "./transports/smtp.ts";
export type { SmtpTransportOptions } from "./transports/smtp.ts";
export { createSmsGatewayTransport } from "./transports/sms-gateway.ts";
export type { SmsGatewayOptions } from "./transports/sms-gateway.ts";
export { createDevSinkTransport, listDevMessages, readDevMessage, isDevMessageId } from "./transports/dev-sink.ts";
export type { DevSinkOptions, DevMessage, DevMessageSummary } from "./transports/dev-sink.ts";
