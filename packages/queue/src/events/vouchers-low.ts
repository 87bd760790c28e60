import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `events/vouchers.low`: Confirmed hours wait for vouchers: tell the client how many are missing. */
export const VouchersLow = Type.Object({ clientId: Uuid, timeEntryId: Uuid, needed: Type.Integer(), available: Type.Integer(), shortfall: Type.Integer() });
