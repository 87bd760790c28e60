import { Type } from "@sinclair/typebox";
import { IsoDate, Uuid } from "./shared.ts";

/** `events/handover.announced` (issue 19): a successor was announced for a leaving worker: tell the client who comes next, from when. */
export const HandoverAnnounced = Type.Object({ handoverId: Uuid, clientId: Uuid, successorId: Uuid, leavingWorkerId: Uuid, startsOn: IsoDate });
