import { Type } from "@sinclair/typebox";
import { IsoDate, Uuid } from "./shared.ts";

/** `events/time_entry.to_confirm`: Hours were entered: ask the client to confirm them before the deadline (RULES §5). */
export const TimeEntryToConfirm = Type.Object({
  timeEntryId: Uuid,
  clientId: Uuid,
  workerId: Uuid,
  date: IsoDate,
  minutes: Type.Integer(),
  vouchers: Type.Integer(),
  confirmBefore: IsoDate,
});
