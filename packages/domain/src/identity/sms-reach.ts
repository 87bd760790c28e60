import { normalizePhone } from "./phone.ts";

/**
 * Issue 17, the door: a sign-in code goes by SMS, and only a mobile number receives SMS. A Belgian
 * landline (02, 03, 09, 050…; not 04xx, the mobile range) or a service number (0800, 070) is not
 * sent anything: the person is told to phone their consultant instead. The answer depends on the
 * number alone, never on whether someone with that number is registered, so it reveals nothing.
 *
 * - "mobile": send the code (Belgian 04xx and any number the numbering plan calls MOBILE);
 * - "landline": refuse with a clear word, the organisation's phone number next to it;
 * - "unreadable": not a phone number as people write one (the form asks again).
 * Numbers whose plan cannot tell (e.g. US "fixed line or mobile") are treated as mobile.
 */
export type SmsReach = "mobile" | "landline" | "unreadable";

export function smsReach(input: string): SmsReach {
  const phone = normalizePhone(input);
  if (!phone.ok) return "unreadable";
  return phone.mobile === false ? "landline" : "mobile";
}
