import type { Language } from "./format.ts";

/**
 * The names of the wijk-werk activities (the VDAB list, RULES §6) in the languages clients and
 * workers read. Activities are reference data shared by every organisation; the database keeps the
 * Dutch name for staff lists and reports, this table gives the name a client or worker sees in an
 * SMS, a mail or a page. A test binds it to the activities table: a code without names fails.
 */
export const ACTIVITY_NAMES: Record<string, Record<Language, string>> = {
  "prevention.school_crossing": {
    nl: "Gemachtigd opzichter (schooloversteek)",
    fr: "Surveillant habilité (passage pour piétons à l'école)",
    en: "School crossing guard",
  },
  "prevention.steward": { nl: "Steward / stadswacht", fr: "Steward / gardien de la ville", en: "Steward / city warden" },
  "prevention.event_parking": { nl: "Parking en tickets bij evenementen", fr: "Parking et tickets lors d'événements", en: "Parking and tickets at events" },
  "admin.help": { nl: "Administratieve hulp", fr: "Aide administrative", en: "Office help" },
  "admin.open_day": { nl: "Administratie bij opendeurdagen", fr: "Administration lors des journées portes ouvertes", en: "Office help at open days" },
  "repairs.painting": {
    nl: "Kleine oppervlakken schilderen of behangen",
    fr: "Peindre ou tapisser de petites surfaces",
    en: "Painting or papering small areas",
  },
  "repairs.lamps": { nl: "Lampen ophangen", fr: "Accrocher des lampes", en: "Hanging lamps" },
  "repairs.furniture": { nl: "Kasten in elkaar zetten", fr: "Monter des armoires", en: "Assembling cupboards" },
  "repairs.tiling": { nl: "Kleine tegelwerken", fr: "Petits travaux de carrelage", en: "Small tiling jobs" },
  "repairs.sandbags": { nl: "Zandzakjes vullen en leggen", fr: "Remplir et poser des sacs de sable", en: "Filling and laying sandbags" },
  "repairs.graves": { nl: "Graven onderhouden", fr: "Entretenir des tombes", en: "Looking after graves" },
  "garden.snow": { nl: "Sneeuw ruimen", fr: "Déblayer la neige", en: "Clearing snow" },
  "garden.leaves": { nl: "Bladeren ruimen", fr: "Ramasser les feuilles", en: "Clearing leaves" },
  "garden.hedges": { nl: "Hagen snoeien", fr: "Tailler les haies", en: "Trimming hedges" },
  "garden.beds": { nl: "Borders en perken onderhouden", fr: "Entretenir les parterres", en: "Looking after flower beds" },
  "garden.mowing": { nl: "Gras maaien", fr: "Tondre la pelouse", en: "Mowing the lawn" },
  "garden.sowing": { nl: "Zaaien en planten", fr: "Semer et planter", en: "Sowing and planting" },
  "garden.public_parks": {
    nl: "Seizoenswerk in straten en parken",
    fr: "Travail saisonnier dans les rues et les parcs",
    en: "Seasonal work in streets and parks",
  },
  "farming.help": { nl: "Hulp in land- en tuinbouw", fr: "Aide dans l'agriculture et l'horticulture", en: "Help on farms and in market gardens" },
  "logistics.events": { nl: "Logistieke hulp bij evenementen", fr: "Aide logistique lors d'événements", en: "Helping out at events" },
  "logistics.meals": { nl: "Maaltijden rondbrengen", fr: "Livrer des repas", en: "Delivering meals" },
  "logistics.litter": { nl: "Zwerfvuil opruimen", fr: "Ramasser les déchets sauvages", en: "Picking up litter" },
  "logistics.shopping": { nl: "Boodschappen doen", fr: "Faire les courses", en: "Doing the shopping" },
  "accompany.company": { nl: "Gezelschap", fr: "Tenir compagnie", en: "Keeping someone company" },
  "accompany.outings": { nl: "Begeleiden bij uitstappen", fr: "Accompagner lors de sorties", en: "Going along on outings" },
  "accompany.bus_escort": { nl: "Busbegeleiding", fr: "Accompagnement dans le bus", en: "Bus escort" },
  "accompany.lunch_supervision": { nl: "Middagtoezicht", fr: "Surveillance de midi", en: "Lunchtime supervision" },
  "accompany.before_after_school": { nl: "Voor- en naschoolse opvang", fr: "Accueil avant et après l'école", en: "Before- and after-school care" },
  "accompany.childcare_home": { nl: "Kinderopvang aan huis", fr: "Garde d'enfants à domicile", en: "Childcare at home" },
  "accompany.homework": { nl: "Huiswerkbegeleiding", fr: "Aide aux devoirs", en: "Homework help" },
  "accompany.care_home": {
    nl: "Hulp in dagcentra van woonzorgcentra",
    fr: "Aide dans les centres de jour des maisons de repos",
    en: "Help in care-home day centres",
  },
  "accompany.winter_shelter": {
    nl: "Hulp in de winteropvang voor daklozen",
    fr: "Aide à l'accueil hivernal des sans-abri",
    en: "Help in the winter shelter for homeless people",
  },
  "accompany.pets": { nl: "Huisdieren verzorgen", fr: "S'occuper des animaux", en: "Looking after pets" },
  "household.cleaning_organisations": { nl: "Schoonmaak in organisaties", fr: "Nettoyage dans des organisations", en: "Cleaning in organisations" },
  "household.ex_pwa": {
    nl: "Koken, wassen, grote schoonmaak (overgangsregeling ex-PWA)",
    fr: "Cuisiner, lessiver, grand nettoyage (régime transitoire ex-ALE)",
    en: "Cooking, washing, spring cleaning (former PWA arrangement)",
  },
};

/** The name a reader sees; an unknown code (an activity added later without names here) is shown as given. */
export function activityName(code: string, lang: Language): string {
  return ACTIVITY_NAMES[code]?.[lang] ?? code;
}
