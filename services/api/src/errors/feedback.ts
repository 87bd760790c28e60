import type { ErrorTable } from "./table.ts";

/** Codes of issue 19's one-tap questions (client feedback, exit follow-up) and the referrer's report. */
export const FEEDBACK_ERRORS = {
  "feedback_link.unknown": { status: 404, title: "Deze link bestaat niet." },
  "feedback_link.expired": { status: 410, title: "Deze link is verlopen." },
  "feedback_link.used": { status: 409, title: "Met deze link werd al geantwoord." },
  "feedback_link.rate_limited": { status: 429, title: "Te veel verkeerde links. Wacht even en probeer opnieuw." },
  "follow_up_link.unknown": { status: 404, title: "Deze link bestaat niet." },
  "follow_up_link.expired": { status: 410, title: "Deze link is verlopen." },
  "follow_up_link.used": { status: 409, title: "Met deze link werd al geantwoord." },
  "follow_up_link.rate_limited": { status: 429, title: "Te veel verkeerde links. Wacht even en probeer opnieuw." },
} as const satisfies ErrorTable;
