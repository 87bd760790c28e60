import type { ClientType } from "./model.ts";

/** What clients ask for: activities per client type, how long the work takes, and how it is described. */

// Per client type: activities and how often they are asked (RULES §6 examples).
export const DEMAND: Record<ClientType, [string, number][]> = {
  private: [
    ["garden.mowing", 24],
    ["garden.hedges", 14],
    ["garden.beds", 10],
    ["garden.leaves", 7],
    ["garden.sowing", 3],
    ["logistics.shopping", 9],
    ["accompany.company", 9],
    ["repairs.painting", 5],
    ["repairs.furniture", 3],
    ["repairs.lamps", 2],
    ["accompany.childcare_home", 3],
    ["accompany.homework", 3],
    ["accompany.pets", 2],
    ["accompany.outings", 2],
    ["repairs.graves", 1],
    ["household.ex_pwa", 1],
  ],
  education: [
    ["accompany.lunch_supervision", 30],
    ["accompany.before_after_school", 18],
    ["accompany.bus_escort", 14],
    ["prevention.school_crossing", 14],
    ["garden.mowing", 5],
    ["admin.open_day", 4],
    ["accompany.homework", 5],
  ],
  nonprofit: [
    ["logistics.events", 10],
    ["logistics.meals", 12],
    ["household.cleaning_organisations", 10],
    ["accompany.care_home", 12],
    ["admin.help", 8],
    ["garden.beds", 6],
    ["accompany.company", 5],
  ],
  localGovernment: [
    ["garden.public_parks", 20],
    ["logistics.litter", 15],
    ["prevention.steward", 8],
    ["prevention.school_crossing", 10],
    ["accompany.winter_shelter", 6],
    ["logistics.meals", 8],
    ["accompany.care_home", 8],
  ],
  agriculture: [["farming.help", 1]],
};

export const DURATION: Record<string, readonly number[]> = {
  "accompany.lunch_supervision": [90],
  "prevention.school_crossing": [60],
  "accompany.bus_escort": [90],
  "accompany.before_after_school": [120, 150],
  "logistics.events": [180, 240],
  "farming.help": [180, 240],
};

export const DESCRIPTION: Record<string, readonly string[]> = {
  "garden.mowing": ["Gras maaien in de tuin achter het huis.", "Het gazon maaien en de randen bijknippen."],
  "garden.hedges": ["De haag langs de straat snoeien.", "Hagen snoeien en het snoeisel opruimen."],
  "garden.beds": ["Borders wieden en onderhouden.", "Onkruid wieden in de perken."],
  "garden.leaves": ["Bladeren ruimen in de voortuin.", "Bladeren bijeen harken en afvoeren."],
  "logistics.shopping": ["Wekelijks boodschappen doen bij de supermarkt om de hoek.", "Boodschappen doen en mee uitpakken."],
  "accompany.company": ["Gezelschap en een wandeling in de buurt.", "Samen koffie drinken en een babbel."],
  "accompany.lunch_supervision": ["Middagtoezicht op de speelplaats."],
  "prevention.school_crossing": ["Gemachtigd opzichter aan de schoolpoort."],
};

export const ALL_DEMAND_CODES = [...new Set(Object.values(DEMAND).flatMap((d) => d.map(([c]) => c)))];
