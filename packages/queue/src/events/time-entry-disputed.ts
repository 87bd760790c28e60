import { Type } from "@sinclair/typebox";
import { IsoDate, Uuid } from "./shared.ts";

/** `events/time_entry.disputed`: The client disputed hours: tell the consultant. */
export const TimeEntryDisputed = Type.Object({ timeEntryId: Uuid, clientId: Uuid, workerId: Uuid, date: IsoDate, reason: Type.String() });
