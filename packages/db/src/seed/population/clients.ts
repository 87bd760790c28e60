import { makeGentLandline, makeInsz, makeKbo, makeMobile, unique } from "../identities.ts";
import { EMAIL_DOMAINS, emailLocal, FLEMISH_FIRST, FLEMISH_LAST, NEWCOMER_FIRST, NEWCOMER_LAST, WALLOON_FIRST, WALLOON_LAST } from "../names.ts";
import type { Random } from "../random.ts";
import { isoOf, yearEnd } from "./days.ts";
import type { Client, ClientType, Seen } from "./model.ts";
import type { PopulationOptions } from "./options.ts";
import { round6, weightedHood } from "./places.ts";

/** One client: a household or an organisation, how to reach it, and its yearly agreements (RULES §3). */

const ORG_NAMES: Record<Exclude<ClientType, "private">, readonly string[]> = {
  localGovernment: [
    "Groendienst",
    "Dienst Wegen",
    "Lokaal Dienstencentrum",
    "Sociaal Huis",
    "Dienst Feestelijkheden",
    "Buurtwerk",
    "Sportdienst",
    "Woonzorgcentrum",
  ],
  education: [
    "Basisschool De Regenboog",
    "Vrije Basisschool Sint-Jozef",
    "GO! Basisschool De Wereldreiziger",
    "Stedelijke Basisschool De Zonnebloem",
    "Basisschool Het Klavertje",
    "Sint-Barbaracollege",
    "Atheneum",
    "Freinetschool De Boomhut",
  ],
  nonprofit: [
    "vzw Buurtwerking",
    "vzw De Sloep",
    "vzw Jeugdhuis",
    "vzw Voedselbank",
    "vzw Samenlevingsopbouw",
    "vzw Kringloopwinkel",
    "vzw Dagcentrum",
    "Sportclub vzw",
  ],
  agriculture: ["Hoeve", "Tuinbouwbedrijf", "Zorgboerderij", "Boomkwekerij"],
};

export function makeClient(rng: Random, o: PopulationOptions, i: number, seen: Seen, todayDay: number, historyStart: number): Client {
  const type = rng.weighted([
    ["private", 88],
    ["nonprofit", 5],
    ["education", 4],
    ["localGovernment", 2],
    ["agriculture", 1],
  ] as const);
  const hood = weightedHood(rng, o.hoods, type === "private");
  const origin = rng.weighted([
    ["flemish", 80],
    ["newcomer", 12],
    ["walloon", 8],
  ] as const);
  const firstName = rng.pick(origin === "flemish" ? FLEMISH_FIRST : origin === "walloon" ? WALLOON_FIRST : NEWCOMER_FIRST);
  const lastName = rng.pick(origin === "flemish" ? FLEMISH_LAST : origin === "walloon" ? WALLOON_LAST : NEWCOMER_LAST);
  let name = `${firstName} ${lastName}`;
  let insz: string | null = null;
  let kbo: string | null = null;
  if (type === "private") {
    // Many users are elderly (RULES §9): birth years from 1930.
    if (rng.chance(0.6)) insz = unique(seen.insz, () => makeInsz({ year: rng.int(1930, 1990), month: rng.int(1, 12), day: rng.int(1, 28) }, rng.int(1, 998)));
  } else {
    kbo = unique(seen.kbo, () => makeKbo(rng));
    const base = rng.pick(ORG_NAMES[type]);
    name = type === "localGovernment" ? `Stad ${hood.municipalityName} - ${base} ${hood.name}` : `${base} ${hood.name}`;
  }
  // Elderly clients often only have a (landline) phone; everyone has a phone or an e-mail address.
  const channel = rng.weighted([
    ["phone", 45],
    ["both", 40],
    ["email", 15],
  ] as const);
  const phone = channel === "email" ? null : unique(seen.contact, () => (rng.chance(0.5) ? makeGentLandline(rng) : makeMobile(rng)));
  const email = channel === "phone" ? null : unique(seen.contact, () => `${emailLocal(firstName, lastName)}${rng.int(1, 9999)}@${rng.pick(EMAIL_DOMAINS)}`);

  // Yearly agreements from registration on, renewed without gaps (RULES §3 yearly fee).
  const registered = rng.chance(0.7) ? historyStart - rng.int(0, 500) : rng.int(historyStart, todayDay - 7);
  const agreements: { start: number; end: number }[] = [];
  let start = registered;
  for (;;) {
    const end = yearEnd(start);
    agreements.push({ start, end });
    if (end >= todayDay) break;
    start = end + 1;
  }
  const coverStart = agreements[0]!.start;
  const coverEnd = agreements[agreements.length - 1]!.end;
  return {
    id: rng.uuid(),
    type,
    name,
    firstName,
    lastName,
    phone,
    email,
    language: origin === "walloon" ? "fr" : origin === "newcomer" && rng.chance(0.3) ? "en" : "nl",
    hood,
    street: rng.pick(hood.streets),
    number: String(rng.int(1, 250)),
    postalCode: rng.pick(hood.postalCodes),
    lat: round6(hood.lat + (rng.next() - 0.5) * 0.012),
    lon: round6(hood.lon + (rng.next() - 0.5) * 0.018),
    insz,
    kbo,
    number_: i + 1,
    agreements,
    createdAt: `${isoOf(registered)} 10:00:00+01`,
    coveredOn: (day) => day >= coverStart && day <= coverEnd,
  };
}
