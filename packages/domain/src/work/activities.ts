/**
 * RULES §6 (S23): cooking, washing and big clean-up are partly allowed only for the transitional
 * ex-PWA pairs, households that had that help under PWA. An activity marked exPwaOnly may be
 * ordered only by a client recorded as such a household (exPwaSince, with its date).
 */
export function exPwaActivityRefused(activity: { exPwaOnly: boolean }, client: { exPwaSince: string | null }): boolean {
  return activity.exPwaOnly && client.exPwaSince === null;
}
