import type { Lang } from "./i18n/index.ts";
import { translate } from "./i18n/index.ts";
import { str, type FormBody } from "./forms.ts";

/**
 * The contact-preferences form (issue 20), shared by the worker's and the client's own pages and
 * the consultant's pages: SMS yes/no, e-mail yes/no, and quiet hours asked the way people say them,
 * "no SMS after 21:00" and "no SMS before 09:00". The API keeps one window from–until: after Y and
 * before X is Y–X, only "before X" is 00:00–X, only "after Y" is Y–00:00.
 */
export interface Preferences {
  sms: boolean;
  email: boolean;
  quietHours: { from: string; until: string } | null;
  reachable: { sms: boolean; email: boolean };
  unreachable: boolean;
}

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form's values from the API's preferences. */
export function formValues(p: Pick<Preferences, "sms" | "email" | "quietHours">): Record<string, string> {
  const q = p.quietHours;
  return {
    sms: p.sms ? "yes" : "no",
    email: p.email ? "yes" : "no",
    after: q && q.from !== "00:00" ? q.from : "",
    before: q && q.until !== "00:00" ? q.until : "",
  };
}

/** The API body from the form; undefined fields stay out of reach of a forged value (only HH:MM passes). */
export function bodyOf(b: FormBody): { sms: boolean; email: boolean; quietHours: { from: string; until: string } | null } {
  const after = CLOCK.test(str(b, "after")) ? str(b, "after") : "";
  const before = CLOCK.test(str(b, "before")) ? str(b, "before") : "";
  const quietHours = after || before ? { from: after || "00:00", until: before || "00:00" } : null;
  return { sms: str(b, "sms") !== "no", email: str(b, "email") !== "no", quietHours };
}

/** What the template needs: the choices in the reader's language, the values, the reachability note. */
export function formView(lang: Lang, values: Record<string, unknown>, p?: Preferences) {
  const t = (k: string) => translate(lang, k);
  // A value set elsewhere (a half hour by the API) stays choosable.
  const hours = (current: unknown) => [...new Set([...HOURS, ...(typeof current === "string" && CLOCK.test(current) ? [current] : [])])].sort();
  return {
    values,
    yesNo: [
      { value: "yes", label: t("prefs.yes") },
      { value: "no", label: t("prefs.no") },
    ],
    afterOptions: [{ value: "", label: t("prefs.noLimit") }, ...hours(values.after).map((h) => ({ value: h, label: h }))],
    beforeOptions: [{ value: "", label: t("prefs.noLimit") }, ...hours(values.before).map((h) => ({ value: h, label: h }))],
    unreachable: p?.unreachable ?? false,
  };
}
