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
  "consent.already_given": { status: 409, title: "Deze toestemming loopt al. Trek ze eerst in om een nieuwe datum te zetten." },
  "consent.already_withdrawn": { status: 409, title: "Deze toestemming is al ingetrokken." },
  "consent.withdrawn_before_given": { status: 422, title: "De intrekking valt vóór de dag van de toestemming." },
  "report.period_invalid": { status: 422, title: "Deze periode kan niet: het begin ligt na het einde of de periode is langer dan 5 jaar." },
} as const satisfies ErrorTable;
