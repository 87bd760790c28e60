import { DateTime } from "luxon";
import { BRUSSELS_ZONE } from "@wijkwerk/domain";

/** Brussels wall-clock "YYYY-MM-DDTHH:mm" of an instant: the start of a recurring series. */
export function brusselsLocal(instant: string): string {
  return DateTime.fromISO(instant, { setZone: true }).setZone(BRUSSELS_ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
}
