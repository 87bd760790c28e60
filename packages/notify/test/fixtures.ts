import type { EventData, EventName } from "../src/index.ts";

// The longest values we expect in real life: they must still fit one SMS.
const LONG_NAME = "Marie-Christine Vandenabeele-Vanderstraeten";
const LONG_ORG = "Wijk-werkorganisator Zuid-West-Vlaanderen";
const LONG_STREET = "Kortrijksesteenweg 1234 bus 12";
const LONG_MUNICIPALITY = "Sint-Katelijne-Waver";
const LONG_LINK = "https://wijk.werk/a/XXXXXXXXXXXX";
const LONG_PHONE = "+32 9 266 77 00";
const LONG_ACTIVITY = "klein onderhoud en herstellingen aan de woning";
// 30 December, 10:30-12:30 Brussels: two-digit day and month, minutes in both times.
const START = "2026-12-30T09:30:00Z";
const END = "2026-12-30T11:30:00Z";

const base = { organisationName: LONG_ORG, organisationPhone: LONG_PHONE, recipientName: LONG_NAME };
const address = { street: LONG_STREET, postalCode: "2860", municipality: LONG_MUNICIPALITY };
const place = { ...address, name: "Lokaal dienstencentrum De Zonnebloem en Vergaderzaal" };

export const LONGEST: { [E in EventName]: EventData[E] } = {
  "assignment.proposed": {
    ...base,
    activity: LONG_ACTIVITY,
    clientName: LONG_NAME,
    startsAt: START,
    endsAt: END,
    address,
    respondBy: "2026-12-28T17:00:00Z",
    link: LONG_LINK,
  },
  "assignment.confirmed": { ...base, activity: LONG_ACTIVITY, workerName: LONG_NAME, startsAt: START, endsAt: END, address },
  "assignment.reminder": { ...base, activity: LONG_ACTIVITY, clientName: LONG_NAME, startsAt: START, endsAt: END, address },
  "assignment.cancelled": {
    ...base,
    activity: LONG_ACTIVITY,
    startsAt: START,
    address,
    reason: "De gebruiker is onverwacht opgenomen in het ziekenhuis en kan niemand ontvangen.",
  },
  "assignment.expired": {
    ...base,
    activity: LONG_ACTIVITY,
    workerName: LONG_NAME,
    clientName: LONG_NAME,
    startsAt: START,
    proposedAt: "2026-12-27T09:00:00Z",
    link: LONG_LINK,
  },
  "assignment.declined": {
    ...base,
    activity: LONG_ACTIVITY,
    workerName: LONG_NAME,
    clientName: LONG_NAME,
    startsAt: START,
    reason: "Ik heb die dag een sollicitatiegesprek bij de VDAB.",
    link: LONG_LINK,
  },
  "time_entry.disputed": {
    ...base,
    workerName: LONG_NAME,
    clientName: LONG_NAME,
    activity: LONG_ACTIVITY,
    workedOn: "2026-12-30",
    minutes: 455,
    reason: "Hij was maar twee uur hier, niet drie.",
    link: LONG_LINK,
  },
  "time_entry.to_confirm": {
    ...base,
    workerName: LONG_NAME,
    activity: LONG_ACTIVITY,
    workedOn: "2026-12-30",
    minutes: 455,
    autoConfirmDays: 14,
    link: LONG_LINK,
  },
  "voucher_order.created": { ...base, quantity: 100, amountCents: 123450, ogm: "+++090/9337/55493+++", iban: "BE68539007547034", bic: "GKCCBEBB" },
  "vouchers.low": { ...base, remaining: 2, link: LONG_LINK },
  "vouchers.expiring": { ...base, count: 100, expiresOn: "2026-12-31", link: LONG_LINK },
  "agreement.ending": { ...base, workerName: LONG_NAME, endsOn: "2027-12-31", daysLeft: 30, link: LONG_LINK },
  "agreement.ending_worker": { ...base, endsOn: "2027-12-31", daysLeft: 30 },
  "training.reminder": { ...base, training: "tuinonderhoud en veilig werken met gereedschap", startsAt: START, endsAt: END, place },
  "training.promoted": { ...base, training: "tuinonderhoud en veilig werken met gereedschap", startsAt: START, endsAt: END, place },
  "appointment.reminder": { ...base, startsAt: START, place, consultantName: LONG_NAME },
  "auth.code": { ...base, code: "987654", validMinutes: 15 },
  "sms.reply": { ...base, accepted: true, declined: false, taken: false, help: false, started: false, activity: LONG_ACTIVITY, startsAt: START, several: true },
  // September (the longest month name in nl/fr/en), four digits of euro, a long host for the money page.
  "payout.approved": { ...base, month: "2027-09", amountCents: 123_456, paidOn: "2027-10-13", link: "https://wijkwerk.zuidwestvlaanderen.be/werker/geld" },
  // Issue 19: September, a long first name, a long host with an 8-character code.
  "client_feedback.asked": { ...base, workerName: "Marie-Christine Vandenabeele", month: "2027-09", link: "https://wijkwerk.zuidwestvlaanderen.be/f/XXXXXXXX" },
  "exit_follow_up.asked": { ...base, link: "https://wijkwerk.zuidwestvlaanderen.be/v/XXXXXXXX" },
  // 30 September: the longest date; first names as long as they come.
  "handover.announced": { ...base, leavingName: "Marie-Christine", successorName: "Jean-Christophe", startsOn: "2027-09-30" },
  "staff.invite": {
    ...base,
    link: "https://wijkwerk.zuidwestvlaanderen.be/wachtwoord-kiezen?o=zuidwestvlaanderen&c=Zx8_Qv2-Lm4Np6Rt8Vw0Yb2Df4Hj6Kl8",
    expiresAt: "2027-09-30T23:45:00+02:00",
  },
  "staff.password_reset": {
    ...base,
    link: "https://wijkwerk.zuidwestvlaanderen.be/wachtwoord-kiezen?o=zuidwestvlaanderen&c=Zx8_Qv2-Lm4Np6Rt8Vw0Yb2Df4Hj6Kl8",
    expiresAt: "2027-09-30T23:45:00+02:00",
  },
};

/** Ordinary values, with one accent and quote of each kind that must survive or be transliterated. */
export const TYPICAL: { [E in EventName]: EventData[E] } = {
  ...LONGEST,
  "assignment.proposed": {
    organisationName: "Wijk-werken Gent",
    organisationPhone: "09 266 77 00",
    recipientName: "Zoë",
    activity: "tuinonderhoud",
    clientName: "Françoise D’hondt",
    startsAt: "2026-03-03T08:00:00Z",
    endsAt: "2026-03-03T11:00:00Z",
    address: { street: "Kerkstraat 1", postalCode: "9000", municipality: "Gent" },
    respondBy: "2026-03-02T17:00:00Z",
    link: "https://wijk.werk/a/abc123DEF456",
  },
};
