import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { createQueue, QUEUES, type QueueName } from "@wijkwerk/queue";

/** One BullMQ queue handle per queue name, sharing one producer connection. */
export function createQueues(connection: Redis, prefix: string): Record<QueueName, Queue> {
  return Object.fromEntries(Object.values(QUEUES).map((name) => [name, createQueue(name, connection, prefix)])) as Record<QueueName, Queue>;
}
