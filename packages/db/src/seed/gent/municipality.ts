import { GENT_CITY_WIJKEN } from "./wijken-9000.ts";
import { GENT_DEELGEMEENTE_WIJKEN } from "./wijken-deelgemeenten.ts";

export { GENT_BORDERS } from "./borders.ts";

/** The city of Gent as the demo and the Flanders generator know it: its codes and its 25 official wijken. */
export const GENT = { name: "Gent", nisCode: "44021", postalCodes: ["9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"] } as const;

/** Alphabetical: the neighbourhood ids are drawn in this order, so another order would change every demo id. */
export const GENT_WIJKEN = [...GENT_CITY_WIJKEN, ...GENT_DEELGEMEENTE_WIJKEN].sort((a, b) => (a.name < b.name ? -1 : 1));
