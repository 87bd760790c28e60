import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `events/exit_follow_up.asked`: 9 months after the exit the worker is asked by SMS whether they work now (issue 19), with the short one-tap link. */
export const ExitFollowUpAsked = Type.Object({ requestId: Uuid, workerId: Uuid, shortUrl: Type.String() });
