import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `payouts/regenerate`: Recompute a draft payout run in the background. */
export const PayoutRegenerate = Type.Object({ runId: Uuid });
