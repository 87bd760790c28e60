import { QUEUES } from "@wijkwerk/queue";
import { registerProcessors, type Processor } from "../processors/index.ts";
import { LOADERS, SILENT_EVENTS } from "./events.ts";
import { planDeliveries } from "./plan.ts";
import { requeueStale, sendProcessor } from "./send.ts";

registerProcessors(QUEUES.events, Object.fromEntries(Object.keys(LOADERS).map((name): [string, Processor] => [name, planDeliveries])));
registerProcessors(QUEUES.events, Object.fromEntries(SILENT_EVENTS.map((name): [string, Processor] => [name, async () => ({ deliveries: 0, queued: 0 })])));
registerProcessors(QUEUES.email, { send: sendProcessor("email") });
registerProcessors(QUEUES.sms, { send: sendProcessor("sms") });
registerProcessors(QUEUES.maintenance, { "deliveries.requeue": async (_job, deps) => requeueStale(deps) });
