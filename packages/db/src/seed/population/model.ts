import type { DateStrings } from "./days.ts";
import type { OccurrenceList } from "./occurrences.ts";
import type { HoodDef } from "./options.ts";

/** The people and their work as the generator holds them in memory before they are written. */

export type ClientType = "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";

export interface ActivityDef {
  code: string;
  clientTypes: string[];
  skillName: string | null;
}

export interface Agreement {
  start: number;
  end: number | null;
}

export interface Worker {
  id: string;
  firstName: string;
  lastName: string;
  insz: string;
  phone: string;
  email: string | null;
  language: "nl" | "fr" | "en";
  hood: HoodDef;
  street: string;
  number: string;
  postalCode: string;
  lat: number;
  lon: number;
  iban: string;
  referrer: "vdab" | "ocmw";
  maxTravelKm: number;
  availability: { weekday: number; from: number; to: number }[];
  activities: Set<string>;
  skills: Map<string, number>;
  agreements: Agreement[];
  createdAt: string;
  maxRelationships: number;
  relationships: number;
  /** Weekly pattern of booked slots per weekday, minutes from midnight. */
  booked: Map<number, [number, number][]>;
  monthMinutes: Map<string, number>;
  yearMinutes: Map<string, number>;
  activeOn(day: number): boolean;
}

export interface Client {
  id: string;
  type: ClientType;
  name: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  language: "nl" | "fr" | "en";
  hood: HoodDef;
  street: string;
  number: string;
  postalCode: string;
  lat: number;
  lon: number;
  insz: string | null;
  kbo: string | null;
  number_: number;
  agreements: { start: number; end: number }[];
  createdAt: string;
  coveredOn(day: number): boolean;
}

export interface Relationship {
  client: Client;
  worker: Worker;
  code: string;
  description: string;
  weekday: number;
  start: number;
  minutes: number;
  interval: number;
  oneOff: boolean;
  from: number;
  to: number;
  travelTenths: number;
  firstOcc: number;
  count: number;
}

/** Work a client asks for that no worker took: it stays open for the consultant. */
export interface UnmatchedDemand {
  client: Client;
  code: string;
  minutes: number;
}

export interface Seen {
  insz: Set<string>;
  kbo: Set<string>;
  contact: Set<string>;
}

/** What writing the jobs, assignments and time entries shares. */
export interface WorkContext {
  tenantId: string;
  createdById: string;
  todayDay: number;
  historyStart: number;
  dates: DateStrings;
  rels: readonly Relationship[];
  occ: OccurrenceList;
  /** Row n of a kind gets the id prefix + n in hex (idOf). */
  prefix: { parent: string; job: string; asg: string; te: string; open: string };
  log: (line: string) => void;
  /** Rows written, counted while they stream. */
  written: { jobs: number; timeEntries: number };
}

export const idOf = (p: string, n: number) => p + n.toString(16).padStart(12, "0");
