import { Type } from "@sinclair/typebox";
import { IsoDate, Uuid } from "./shared.ts";

/** `events/vouchers.expiring`: A lot of vouchers expires soon: tell the client. */
export const VouchersExpiring = Type.Object({ clientId: Uuid, lotId: Uuid, count: Type.Integer(), expiresOn: IsoDate });
