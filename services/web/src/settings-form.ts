import { formatMoney } from "@wijkwerk/notify";
import { num, str, type FormBody } from "./forms.ts";

/**
 * The settings page's fields: what an admin may set, in the units people think in (hours, euro),
 * each with the limit the law or the organisation puts on it, in plain Dutch (RULES §1–§4).
 */
export interface SettingField {
  /** The API's path; errors come back on it, so it is also the form field's name. */
  path: string;
  label: string;
  hint: string;
  /** minutes ↔ hours, cents ↔ euro, the number as it is, or yes/no (a choice of "ja"/"nee"). */
  unit: "hours" | "euro" | "number" | "yesno";
}

export const SETTING_GROUPS: { title: string; fields: SettingField[] }[] = [
  {
    title: "Grenzen voor wijk-werkers",
    fields: [
      { path: "monthlyCapMinutes", label: "Hoogstens uren per maand", hint: "De wet: hoogstens 60 uur per kalendermaand. Lager mag.", unit: "hours" },
      { path: "yearlyCapMinutes", label: "Hoogstens uren per jaar", hint: "De wet: hoogstens 630 uur per kalenderjaar. Lager mag.", unit: "hours" },
      { path: "agreementMaxMonths", label: "Duur van een wijk-werkovereenkomst (maanden)", hint: "De wet: 1 tot 12 maanden.", unit: "number" },
      {
        path: "agreementEndingNoticeDays",
        label: "Hoeveel dagen vooraf melden dat een overeenkomst afloopt",
        hint: "De bemiddelaar en de wijk-werker krijgen één bericht.",
        unit: "number",
      },
    ],
  },
  {
    title: "Cheques en inschrijvingsgeld",
    fields: [
      {
        path: "voucherPrice",
        label: "Prijs van een wijk-werkcheque (euro)",
        hint: "De wet: 5,95, 6,45, 6,95 of 7,45 euro, voor elke klant dezelfde prijs. Een nieuwe prijs geldt vanaf 1 januari.",
        unit: "euro",
      },
      {
        path: "registrationFeeCents",
        label: "Inschrijvingsgeld per jaar (euro)",
        hint: "Wat een klant betaalt voor de jaarlijkse overeenkomst.",
        unit: "euro",
      },
      {
        path: "agreementFeeGraceDays",
        label: "Dagen dat een klant al mag bestellen voor het inschrijvingsgeld betaald is",
        hint: "0 tot 365. Met 0 betaalt de klant eerst.",
        unit: "number",
      },
      { path: "voucherValidityMonths", label: "Hoe lang een cheque geldig is (maanden)", hint: "Daarna vervalt de cheque.", unit: "number" },
      {
        path: "fourEyesAboveCents",
        label: "Vanaf welk bedrag keurt een tweede persoon een uitbetaling goed (euro)",
        hint: "Wie de uitbetaling klaarzet, mag ze boven dit bedrag niet zelf goedkeuren. Met 0 geldt het voor elk bedrag.",
        unit: "euro",
      },
      {
        path: "payoutDayOfMonth",
        label: "Op welke dag van de volgende maand krijgen wijk-werkers hun geld",
        hint: "1 tot 28. Valt die dag in het weekend, dan de maandag erna. Wijk-werkers zien dit op hun pagina.",
        unit: "number",
      },
    ],
  },
  {
    title: "Uren en voorstellen",
    fields: [
      { path: "confirmWindowDays", label: "Dagen dat een klant uren kan nakijken", hint: "Daarna zijn de uren vanzelf bevestigd.", unit: "number" },
      {
        path: "overtimeToleranceMinutes",
        label: "Minuten die een prestatie langer mag duren dan gepland",
        hint: "Meer weigert de app; de bemiddelaar kan het verbeteren.",
        unit: "number",
      },
      { path: "proposalExpiryHours", label: "Uren dat een wijk-werker op een voorstel kan antwoorden", hint: "Daarna vervalt het voorstel.", unit: "number" },
    ],
  },
  {
    title: "Gewichten van de matching (0 tot 100)",
    fields: [
      { path: "matchWeights.sameNeighbourhood", label: "Zelfde wijk", hint: "", unit: "number" },
      { path: "matchWeights.adjacentNeighbourhood", label: "Aangrenzende wijk", hint: "", unit: "number" },
      { path: "matchWeights.withinTravel", label: "Binnen de afstand die de wijk-werker wil afleggen", hint: "", unit: "number" },
      { path: "matchWeights.continuity", label: "Kent de klant al", hint: "", unit: "number" },
      { path: "matchWeights.fairness", label: "Heeft nog weinig uren", hint: "", unit: "number" },
      { path: "matchWeights.activityPreference", label: "Doet dit werk graag", hint: "", unit: "number" },
    ],
  },
  {
    title: "Aanmelden van medewerkers",
    fields: [
      {
        path: "secondFactorForConsultants",
        label: "Bemiddelaars melden aan met een tweede stap (code uit een app)",
        hint: "Voor beheerders en financiën is de tweede stap altijd verplicht.",
        unit: "yesno",
      },
      {
        path: "secondFactorEnrolmentDays",
        label: "Dagen om de tweede stap in te stellen",
        hint: "0 tot 90, te tellen vanaf het nieuwe account. Daarna kan de medewerker alleen de tweede stap instellen.",
        unit: "number",
      },
    ],
  },
];

type Current = Record<string, unknown> & { voucherPriceCents: Record<string, number>; matchWeights: Record<string, number> };

const valueAt = (s: Current, path: string): number | boolean =>
  path === "voucherPrice"
    ? s.voucherPriceCents["private"]!
    : (path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s) as number | boolean);

const euro = (cents: number) => formatMoney(cents, "nl").replace(/^€\s?/, "").replace(/\s?€$/, "");

/** The form's values from the settings as they are. */
export function formValues(s: Current): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of SETTING_GROUPS.flatMap((g) => g.fields)) {
    const v = valueAt(s, f.path);
    out[f.path] = typeof v === "boolean" ? (v ? "ja" : "nee") : f.unit === "hours" ? String(v / 60) : f.unit === "euro" ? euro(v) : String(v);
  }
  return out;
}

/**
 * Euro as typed or as shown ("7,45", "7.45", "€ 7,45", "1.000,00", "1.000") in cents, or the text
 * for the API to refuse at the field. With a comma, dots group thousands (Belgian notation).
 */
export function cents(text: string): number | string {
  let t = text.replace(/[€\s\u00a0\u202f]/g, "");
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
  return /^\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : text;
}

/** The PATCH body: only what changed, in the API's units; a new cheque price for every client type at once. */
export function patchOf(body: FormBody, s: Current): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of SETTING_GROUPS.flatMap((g) => g.fields)) {
    const raw = str(body, f.path);
    if (raw === "") continue;
    const n = f.unit === "yesno" ? raw === "ja" : f.unit === "euro" ? cents(raw) : num(body, f.path)!;
    const value = f.unit === "hours" && typeof n === "number" ? Math.round(n * 60) : n;
    if (value === valueAt(s, f.path)) continue;
    if (f.path === "voucherPrice") {
      patch["voucherPriceCents"] = Object.fromEntries(Object.keys(s.voucherPriceCents).map((type) => [type, value]));
    } else if (f.path.startsWith("matchWeights.")) {
      patch["matchWeights"] = { ...((patch["matchWeights"] as object) ?? {}), [f.path.slice("matchWeights.".length)]: value };
    } else patch[f.path] = value;
  }
  return patch;
}

/** The API's error paths on the form's fields (one cheque price stands for all client types). */
export function fieldErrors(errors: { path: string; message: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) {
    const path = e.path.startsWith("voucherPriceCents") ? "voucherPrice" : e.path;
    out[path] ??= e.message;
  }
  return out;
}
