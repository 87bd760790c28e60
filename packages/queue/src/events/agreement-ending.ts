import { Type } from "@sinclair/typebox";
import { IsoDate, Side, Uuid } from "./shared.ts";

/** `events/agreement.ending`: A worker's agreement ends soon (daily sweep): tell the consultant and the worker, once. */
export const AgreementEnding = Type.Object({ agreementId: Uuid, workerId: Uuid, endsOn: IsoDate, daysLeft: Type.Integer(), notify: Type.Array(Side) });
