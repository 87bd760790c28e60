import { ADDRESS_LABELS } from "./forms.ts";
import { CLIENT_TYPE_OPTIONS } from "./refdata.ts";

/** What the client pages (routes/clients.ts, routes/client-page.ts) share: Dutch field labels and client types. */
export const labels: Record<string, string> = {
  type: "Soort klant",
  name: "Naam",
  "contact.firstName": "Voornaam contactpersoon",
  "contact.lastName": "Familienaam contactpersoon",
  "contact.phone": "Gsm-nummer",
  "contact.email": "E-mailadres",
  ...ADDRESS_LABELS,
  nationalNumber: "Rijksregisternummer",
  enterpriseNumber: "Ondernemingsnummer",
  language: "Taal",
  startDate: "Begindatum",
  quantity: "Aantal cheques",
};

export const typeLabel = (type: string) => CLIENT_TYPE_OPTIONS.find((o) => o.value === type)?.label ?? type;
