export { relayOnce, startRelay } from "./relay.ts";
export { createQueues } from "./queues.ts";
export { processors, registerProcessors, type Processor, type ProcessorDeps } from "./processors/index.ts";
