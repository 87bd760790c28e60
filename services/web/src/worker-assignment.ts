import { DECLINE_REASONS } from "@wijkwerk/domain";
import { formatAmount, formatShortDuration } from "@wijkwerk/notify";
import { str, type FormBody } from "./forms.ts";
import { translate, type Lang } from "./i18n/index.ts";

/** What the API gives a worker about one assignment (GET /v1/answer-links/{code}, GET /v1/assignments details). */
export interface WorkerAssignmentDetails {
  assignmentId: string;
  state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
  activity: { code: string; name: string };
  address: { street: string; number: string; postalCode: string; neighbourhood: string | null; municipality: string };
  clientFirstName: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  respondBy: string | null;
  undoUntil: string | null;
  reason: string | null;
  language: "nl" | "fr" | "en";
  travel: { roundTripKm: number; allowanceCents: number; counts: boolean } | null;
}

/** The worker's card of one assignment (partials/worker-assignment.hbs): every word from the catalogues. */
export function workerAssignmentView(d: WorkerAssignmentDetails, lang: Lang) {
  const km = d.travel ? d.travel.roundTripKm.toLocaleString(lang === "en" ? "en-GB" : `${lang}-BE`, { maximumFractionDigits: 1 }) : "";
  const place = `${d.address.street} ${d.address.number}, ${d.address.postalCode} ${d.address.municipality}`;
  return {
    ...d,
    open: d.state === "open",
    accepted: d.state === "accepted",
    stateText: translate(lang, `proposal.state.${d.state}`),
    wijk: d.address.neighbourhood ? translate(lang, "proposal.wijk", { name: d.address.neighbourhood }) : "",
    howLong: formatShortDuration(d.minutes, lang),
    travelText: d.travel
      ? translate(lang, d.travel.counts ? "proposal.travelCounts" : "proposal.travelNone", { km, money: formatAmount(d.travel.allowanceCents, lang) })
      : "",
    mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`,
  };
}

/** A decline reason as the consultant reads it (Dutch, the staff's language), with the worker's own words. */
export function declineReason(body: FormBody): string | undefined {
  const code = str(body, "reasonCode");
  const text = str(body, "reason").trim().slice(0, 400);
  const label = (DECLINE_REASONS as readonly string[]).includes(code) ? translate("nl", `proposal.reason.${code}`) : "";
  const reason = [label, text].filter(Boolean).join(": ");
  return reason || undefined;
}

export const reasonChoices = (lang: Lang) => DECLINE_REASONS.map((value) => ({ value, label: translate(lang, `proposal.reason.${value}`) }));
