import { activityPermitted } from "./activities.ts";

/**
 * RULES §3 (S19, S25): each municipality picks its activities from the Flemish list, and a client
 * may ask the organisation to add one. RULES §6 (S32): an activity that is not on the list at all
 * can only be asked of VDAB by the organisation, so the admin's answer is one of three.
 */
export type ActivityRequestStatus = "open" | "granted" | "refused" | "forwarded";
export type ActivityRequestDecision = "granted" | "refused" | "forwarded";

export type ActivityRequestProblem =
  /** Answered for good already: granted or refused. A forwarded request may still be answered when VDAB has. */
  | "activity_request.already_answered"
  /** Granting needs an activity of the Flemish list that this kind of client may have (RULES §6). */
  | "activity_request.not_on_list"
  /** A refusal or a forward is explained to the client in words. */
  | "activity_request.reason_required";

export interface ActivityRequestAnswer {
  decision: ActivityRequestDecision;
  /** The list activity granted: the one asked for, or the admin's pick for a wish in words. */
  activityCode: string | null;
  reason: string | null;
}

/**
 * Whether the admin's answer may be given. `permittedTypes` are the client types the Flemish list
 * allows for `answer.activityCode` (undefined: not on the list).
 */
export function activityRequestAnswerProblem(
  status: ActivityRequestStatus,
  answer: ActivityRequestAnswer,
  clientType: string,
  permittedTypes: readonly string[] | undefined,
): ActivityRequestProblem | null {
  if (status === "granted" || status === "refused") return "activity_request.already_answered";
  if (answer.decision === "granted") {
    if (answer.activityCode === null || !activityPermitted(clientType, permittedTypes ?? null)) return "activity_request.not_on_list";
    return null;
  }
  if ((answer.reason ?? "").trim() === "") return "activity_request.reason_required";
  return null;
}
