import { Type } from "@sinclair/typebox";
import { Uuid } from "./shared.ts";

/** `events/payout.approved`: A payout run was approved: each worker with a line is told what they get and when (one row per run; the loader fans out). */
export const PayoutApproved = Type.Object({ runId: Uuid });
