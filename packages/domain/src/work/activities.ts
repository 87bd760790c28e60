/**
 * RULES §6 (S23): cooking, washing and big clean-up are partly allowed only for the transitional
 * ex-PWA pairs, households that had that help under PWA. An activity marked exPwaOnly may be
 * ordered only by a client recorded as such a household (exPwaSince, with its date).
 */
export function exPwaActivityRefused(activity: { exPwaOnly: boolean }, client: { exPwaSince: string | null }): boolean {
  return activity.exPwaOnly && client.exPwaSince === null;
}

/**
 * RULES §3 (S19): each municipality picks its activities from the Flemish list, and says per
 * activity which kinds of client may order it. `permittedTypes` is that municipality's entry for
 * the activity (null: the municipality has not picked it).
 */
export function activityPermitted(clientType: string, permittedTypes: readonly string[] | null): boolean {
  return permittedTypes !== null && permittedTypes.includes(clientType);
}

export type ActivityRefusal = "job.activity_ex_pwa_only" | "job.activity_not_allowed";

/** Why a client may not order this activity (RULES §3 S19, §6 S23), or null when it may; the ex-PWA reason first, it tells the consultant what to record. */
export function activityRefusal(
  activity: { exPwaOnly: boolean },
  client: { type: string; exPwaSince: string | null },
  permittedTypes: readonly string[] | null,
): ActivityRefusal | null {
  if (exPwaActivityRefused(activity, client)) return "job.activity_ex_pwa_only";
  if (!activityPermitted(client.type, permittedTypes)) return "job.activity_not_allowed";
  return null;
}
