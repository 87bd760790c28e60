import { ACTIVITY_NAMES, activityName } from "@wijkwerk/notify";
import type { Lang } from "./index.ts";

/**
 * An activity as a client or worker reads it: its name in their language (packages/notify
 * activities.ts, one table for pages, SMS and mails); an activity without names there is shown
 * with the API's Dutch name.
 */
export function activityLabel(lang: Lang, code: string, name: string | undefined): string {
  return ACTIVITY_NAMES[code] ? activityName(code, lang) : (name ?? code);
}
