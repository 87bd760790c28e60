/**
 * Queue and job names shared by api and worker. An outbox topic is "<queue>/<job>": the relay
 * puts the row's payload on that BullMQ queue under that job name.
 */
export const QUEUES = {
  /** Domain events that may lead to messages: the worker decides who is told, how. */
  events: "events",
  email: "email",
  sms: "sms",
  /** Long-running finance work such as payout runs. */
  payouts: "payouts",
  /** Scheduled sweeps: auto-confirmation, voucher expiry, proposal expiry, reminders. */
  maintenance: "maintenance",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export type Topic = `${QueueName}/${string}`;

export function splitTopic(topic: string): { queue: QueueName; job: string } {
  const slash = topic.indexOf("/");
  const queue = topic.slice(0, slash) as QueueName;
  if (slash < 1 || !Object.values(QUEUES).includes(queue)) throw new Error(`Unknown outbox topic ${topic}`);
  return { queue, job: topic.slice(slash + 1) };
}
