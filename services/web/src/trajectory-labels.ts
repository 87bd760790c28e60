/** Dutch (B1) words of the coaching trajectory (issue 19) for the consultant's pages. */
export const GOAL_KIND: Record<string, string> = { attitude: "Houding", competence: "Competentie", skill: "Vaardigheid" };
export const GOAL_STATUS: Record<string, string> = { open: "Nog niet begonnen", in_progress: "Bezig", reached: "Bereikt" };
export const OUTCOME: Record<string, string> = { not_reached: "Niet bereikt", progressing: "Vooruitgang", reached: "Bereikt" };
export const EXIT_REASON: Record<string, string> = {
  job_found: "Werk gevonden",
  training: "Start een opleiding",
  other_programme: "Naar een ander traject",
  health: "Gezondheid",
  stopped: "Gestopt",
  agreement_ended: "Overeenkomst afgelopen",
};
export const SITUATION: Record<string, string> = { in_work: "Aan het werk", training: "In opleiding", none: "Geen werk of opleiding", unknown: "Niet bekend" };
export const LEVEL: Record<string, string> = {
  native: "Moedertaal",
  A1: "A1 (beginner)",
  A2: "A2",
  B1: "B1",
  B2: "B2",
  C1: "C1",
  C2: "C2 (zeer goed)",
};

/** 'months_3' → "Na 3 maanden"; 'before_end' → "Voor het einde"; 'extra' → "Extra evaluatie". */
export function momentLabel(key: string): string {
  const months = /^months_(\d+)$/.exec(key);
  if (months) return `Na ${months[1]} ${months[1] === "1" ? "maand" : "maanden"}`;
  return key === "before_end" ? "Voor het einde van de overeenkomst" : "Extra evaluatie";
}

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Field labels for the error summary of the trajectory's forms. */
export const TRAJECTORY_FIELDS: Record<string, string> = {
  consultantId: "Bemiddelaar",
  "referrerContact.name": "Naam contactpersoon",
  "referrerContact.email": "E-mail contactpersoon",
  "referrerContact.phone": "Telefoon contactpersoon",
  startingSituation: "Startsituatie",
  learningWishes: "Wat wil de wijk-werker leren",
  languages: "Talen",
  ...Object.fromEntries(
    [0, 1, 2, 3, 4].flatMap((i) => [
      [`language${i}`, `Taal ${i + 1}`],
      [`level${i}`, `Niveau van taal ${i + 1}`],
    ]),
  ),
  goalTypeId: "Doel",
  status: "Stand",
  notes: "Notities",
  heldOn: "Datum",
  "actions.0.description": "Afspraak",
  "actions.0.dueOn": "Tegen wanneer",
  moment: "Evaluatiemoment",
  outcomes: "Uitkomst per doel",
  reason: "Reden",
  exitDate: "Datum einde",
  situation: "Situatie",
  evaluationMonths: "Maanden na de start",
  evaluationBeforeEndDays: "Dagen voor het einde",
  name: "Naam",
  kind: "Soort",
};

/** Issue 19: a client's one-tap answer about a month of the worker's work. */
export const FEEDBACK_ANSWER: Record<string, string> = { good: "Goed", could_be_better: "Kan beter", not_good: "Niet goed" };
