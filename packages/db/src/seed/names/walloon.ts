/** Walloon (French-speaking Belgian) names: a few demo people. */

export const WALLOON_FIRST = [
  "Jean",
  "Pierre",
  "Michel",
  "Philippe",
  "Christophe",
  "Nathalie",
  "Isabelle",
  "Sylvie",
  "Françoise",
  "Véronique",
  "Julien",
  "Camille",
];
export const WALLOON_LAST = ["Dubois", "Lambert", "Dupont", "Leclercq", "Laurent", "Simon", "Renard", "Leroy", "Lejeune", "François", "Hubert", "Collard"];
