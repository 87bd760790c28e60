import type postgres from "postgres";
import { addCalendarMonths as addMonthsIso, haversineKm, lastDayOfMonthsPeriod, makeOgm, vouchersForMinutes } from "@wijkwerk/domain";
import { copyRows, type Cell } from "./copy.ts";
import { makeBeIban, makeGentLandline, makeInsz, makeKbo, makeMobile, unique } from "./identities.ts";
import { EMAIL_DOMAINS, emailLocal, FLEMISH_FIRST, FLEMISH_LAST, NEWCOMER_FIRST, NEWCOMER_LAST, WALLOON_FIRST, WALLOON_LAST } from "./names.ts";
import { Random } from "./random.ts";

/**
 * The people and the work of one tenant: workers, clients, their agreements, and a history of
 * recurring jobs with assignments and time entries. Shared by the Gent demo and the
 * Flanders-scale generator. Every legal limit is respected by construction (RULES §1: agreements
 * of at most 12 months, 60 h per Brussels month, 630 h per year; no worker in two places at
 * once) and the database checks the rest while the rows stream in by COPY.
 */

export interface HoodDef {
  id: string;
  municipalityId: string;
  name: string;
  municipalityName: string;
  lat: number;
  lon: number;
  postalCodes: readonly string[];
  streets: readonly string[];
  /** > 1 where many gardens ask for work (villa suburbs). */
  gardenDemand: number;
}

export interface PopulationOptions {
  sql: postgres.TransactionSql;
  tenantId: string;
  seed: string;
  /** Europe/Brussels date the history ends on; future assignments run two weeks past it. */
  today: string;
  months: number;
  hoods: readonly HoodDef[];
  adjacency: ReadonlyMap<string, readonly string[]>;
  workers: number;
  clients: number;
  skills: { garden: string; machines: string; childcare: string };
  createdById: string;
  /** Share of private clients with regular work (default 0.72, Gent's PWA level of ~70.000 h/year, RULES §9). */
  demandShare?: number;
  /**
   * Runs the three big loads (jobs, assignments, time entries) each in its own transaction at the
   * same time. Only sound when foreign-key checks are off for those transactions (their rows
   * reference each other and the uncommitted registries); absent = one after the other in `sql`.
   */
  parallelLoad?: (loads: ((tx: postgres.TransactionSql) => Promise<void>)[]) => Promise<void>;
  /** Open (unassigned) jobs to leave for the consultant, mostly garden work. */
  openJobs: number;
  log?: (line: string) => void;
}

export interface PopulationResult {
  workers: number;
  clients: number;
  jobs: number;
  assignments: number;
  timeEntries: number;
}

type ClientType = "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";

interface ActivityDef {
  code: string;
  clientTypes: string[];
  skillName: string | null;
}

const MONTHLY_CAP = 60 * 60;
/** A worker taking this many relationships wants as many hours as the caps allow. */
const EAGER_RELATIONSHIPS = 7;
const YEARLY_CAP = 630 * 60;
const DAY_MS = 86_400_000;
const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];

// Per client type: activities and how often they are asked (RULES §6 examples).
const DEMAND: Record<ClientType, [string, number][]> = {
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

const DURATION: Record<string, readonly number[]> = {
  "accompany.lunch_supervision": [90],
  "prevention.school_crossing": [60],
  "accompany.bus_escort": [90],
  "accompany.before_after_school": [120, 150],
  "logistics.events": [180, 240],
  "farming.help": [180, 240],
};

const DESCRIPTION: Record<string, readonly string[]> = {
  "garden.mowing": ["Gras maaien in de tuin achter het huis.", "Het gazon maaien en de randen bijknippen."],
  "garden.hedges": ["De haag langs de straat snoeien.", "Hagen snoeien en het snoeisel opruimen."],
  "garden.beds": ["Borders wieden en onderhouden.", "Onkruid wieden in de perken."],
  "garden.leaves": ["Bladeren ruimen in de voortuin.", "Bladeren bijeen harken en afvoeren."],
  "logistics.shopping": ["Wekelijks boodschappen doen bij de supermarkt om de hoek.", "Boodschappen doen en mee uitpakken."],
  "accompany.company": ["Gezelschap en een wandeling in de buurt.", "Samen koffie drinken en een babbel."],
  "accompany.lunch_supervision": ["Middagtoezicht op de speelplaats."],
  "prevention.school_crossing": ["Gemachtigd opzichter aan de schoolpoort."],
};

export async function seedPopulation(o: PopulationOptions): Promise<PopulationResult> {
  const log = o.log ?? (() => {});
  const rng = new Random(o.seed);
  const { sql, tenantId } = o;
  const activities = new Map(
    (await sql<ActivityDef[]>`SELECT code, client_types AS "clientTypes", skill_name AS "skillName" FROM activities`).map((a) => [a.code, a]),
  );

  const todayDay = dayOf(o.today);
  const historyStart = dayOf(addMonthsIso(o.today, -o.months));
  const horizon = todayDay + 14;
  const dates = new DateStrings(historyStart - 800, horizon + 400);

  // ---- workers -------------------------------------------------------------------------------
  // Identity numbers are unique per tenant; phones and e-mail addresses too, so sign-in by code finds one person.
  const seen: Seen = { insz: new Set(), kbo: new Set(), contact: new Set() };
  const workers: Worker[] = [];
  for (let i = 0; i < o.workers; i++) workers.push(makeWorker(rng, o, seen, dates, todayDay, historyStart));
  const workersByHood = new Map<string, Worker[]>();
  for (const w of workers) {
    const list = workersByHood.get(w.hood.id) ?? [];
    list.push(w);
    workersByHood.set(w.hood.id, list);
  }
  log(`workers: ${workers.length}`);

  // ---- clients -------------------------------------------------------------------------------
  const clients: Client[] = [];
  for (let i = 0; i < o.clients; i++) clients.push(makeClient(rng, o, i, seen, todayDay, historyStart));
  log(`clients: ${clients.length}`);

  // ---- relationships: one client, one worker, one weekly slot, for as long as both may ---------
  const rels: Relationship[] = [];
  const unmatched: { client: Client; code: string; minutes: number }[] = [];
  for (const client of clients) {
    const demands = client.type === "private" ? (rng.chance(o.demandShare ?? 0.72) ? 1 : 0) + (rng.chance(0.08) ? 1 : 0) : rng.int(1, 3);
    for (let d = 0; d < demands; d++) {
      const code = pickActivity(rng, client, activities);
      if (!code) continue;
      const minutes = rng.pick(DURATION[code] ?? [120, 120, 150, 180]);
      const rel = matchWorker(rng, client, code, minutes, workersByHood, o.adjacency, activities, o.skills, todayDay, horizon, historyStart);
      if (rel) rels.push(rel);
      else unmatched.push({ client, code, minutes });
    }
  }
  log(`relationships: ${rels.length}, unmatched demand: ${unmatched.length}`);

  // ---- occurrences, kept compact: millions fit in typed arrays ------------------------------
  const occ = new OccurrenceList();
  for (let r = 0; r < rels.length; r++) {
    const rel = rels[r]!;
    const w = rel.worker;
    // One-off work falls on one day within the pair's span; recurring work every `interval` weeks.
    const step = rel.oneOff ? 7 : 7 * rel.interval;
    const base = rel.oneOff ? rel.from + rng.int(0, Math.max(0, Math.min(rel.to - rel.from - 7, 60))) : rel.from;
    const first = base + ((rel.weekday - isoWeekday(base) + 7) % 7);
    let count = 0;
    for (let day = first; day <= rel.to; day += step) {
      if (rel.oneOff && count > 0) break;
      if (!w.activeOn(day) || !rel.client.coveredOn(day)) continue;
      const past = day < todayDay;
      const minutes = past && rng.chance(0.15) ? Math.max(60, rel.minutes - 30) : rel.minutes;
      const month = dates.month(day);
      const year = dates.year(day);
      const usedMonth = w.monthMinutes.get(month) ?? 0;
      const usedYear = w.yearMinutes.get(year) ?? 0;
      if (usedMonth + minutes > MONTHLY_CAP || usedYear + minutes > YEARLY_CAP) continue;
      w.monthMinutes.set(month, usedMonth + minutes);
      w.yearMinutes.set(year, usedYear + minutes);
      occ.push(r, day, minutes);
      count++;
    }
    rel.firstOcc = occ.length - count;
    rel.count = count;
  }
  log(`occurrences: ${occ.length}`);

  // ---- write --------------------------------------------------------------------------------
  const prefix = {
    parent: rng.uuid().slice(0, 24),
    job: rng.uuid().slice(0, 24),
    asg: rng.uuid().slice(0, 24),
    te: rng.uuid().slice(0, 24),
    open: rng.uuid().slice(0, 24),
  };
  const idOf = (p: string, n: number) => p + n.toString(16).padStart(12, "0");

  await copyRows(
    sql,
    "workers",
    [
      "tenant_id",
      "id",
      "first_name",
      "last_name",
      "national_number",
      "phone",
      "email",
      "language",
      "street",
      "house_number",
      "postal_code",
      "municipality_id",
      "neighbourhood_id",
      "lat",
      "lon",
      "iban",
      "referrer",
      "max_travel_km",
      "status",
      "created_at",
      "updated_at",
    ],
    map(workers, (w) => [
      tenantId,
      w.id,
      w.firstName,
      w.lastName,
      w.insz,
      w.phone,
      w.email,
      w.language,
      w.street,
      w.number,
      w.postalCode,
      w.hood.municipalityId,
      w.hood.id,
      w.lat,
      w.lon,
      w.iban,
      w.referrer,
      w.maxTravelKm,
      "active",
      w.createdAt,
      w.createdAt,
    ]),
  );
  await copyRows(
    sql,
    "worker_availability",
    ["tenant_id", "worker_id", "weekday", "from_time", "to_time"],
    flatMap(workers, (w) => w.availability.map((a) => [tenantId, w.id, a.weekday, hhmm(a.from), hhmm(a.to)])),
  );
  await copyRows(
    sql,
    "worker_activities",
    ["tenant_id", "worker_id", "activity_code"],
    flatMap(workers, (w) => [...w.activities].map((c) => [tenantId, w.id, c])),
  );
  await copyRows(
    sql,
    "worker_skills",
    ["tenant_id", "worker_id", "skill_id", "obtained_on"],
    flatMap(workers, (w) => [...w.skills].map(([s, on]) => [tenantId, w.id, s, dates.iso(on)])),
  );
  // Open-ended agreements are the PWA exemption (RULES §1): they record the PWA agreement the person had on 30-09-2017.
  await copyRows(
    sql,
    "worker_agreements",
    ["tenant_id", "id", "worker_id", "start_date", "end_date", "legacy_pwa", "pwa_agreement_date", "created_at"],
    flatMap(workers, (w) =>
      w.agreements.map((a) => [
        tenantId,
        rng.uuid(),
        w.id,
        dates.iso(a.start),
        a.end === null ? null : dates.iso(a.end),
        a.end === null,
        a.end === null ? "2014-03-01" : null,
        `${dates.iso(a.start)} 09:00:00+01`,
      ]),
    ),
  );
  log("workers written");

  await copyRows(
    sql,
    "clients",
    [
      "tenant_id",
      "id",
      "type",
      "name",
      "contact_first_name",
      "contact_last_name",
      "phone",
      "email",
      "language",
      "street",
      "house_number",
      "postal_code",
      "municipality_id",
      "neighbourhood_id",
      "lat",
      "lon",
      "national_number",
      "enterprise_number",
      "client_number",
      "created_at",
      "updated_at",
    ],
    map(clients, (c) => [
      tenantId,
      c.id,
      c.type,
      c.name,
      c.firstName,
      c.lastName,
      c.phone,
      c.email,
      c.language,
      c.street,
      c.number,
      c.postalCode,
      c.hood.municipalityId,
      c.hood.id,
      c.lat,
      c.lon,
      c.insz,
      c.kbo,
      c.number_,
      c.createdAt,
      c.createdAt,
    ]),
  );
  let ogm = 0;
  await copyRows(
    sql,
    "client_agreements",
    ["tenant_id", "id", "client_id", "start_date", "end_date", "fee_cents", "payment_reference", "fee_paid_on", "created_at"],
    flatMap(clients, (c) =>
      c.agreements.map((a) => {
        // The newest fee may still be open; older years were paid a few days after the start.
        const paid =
          a.start < todayDay - 21 || (a.start < todayDay - 2 && rng.chance(0.5)) ? dates.iso(Math.min(todayDay - 1, a.start + rng.int(2, 20))) : null;
        return [tenantId, rng.uuid(), c.id, dates.iso(a.start), dates.iso(a.end), 750, makeOgm(++ogm), paid, `${dates.iso(a.start)} 10:00:00+01`];
      }),
    ),
  );
  await sql`INSERT INTO tenant_counters (tenant_id, name, value) VALUES (${tenantId}, 'client_number', ${clients.length}), (${tenantId}, 'ogm', ${ogm})
    ON CONFLICT (tenant_id, name) DO UPDATE SET value = GREATEST(tenant_counters.value, EXCLUDED.value)`;
  log("clients written");

  // Jobs: a series per recurring relationship and one job per occurrence pointing to it (the
  // shape recurring jobs have in the API); one-off work is a single job.
  const stamp = (day: number, minute: number) => `${dates.iso(day)} ${hhmm(minute)}:00${brusselsOffset(day, dates)}`;
  const jobCols = [
    "tenant_id",
    "id",
    "client_id",
    "activity_code",
    "description",
    "estimated_minutes",
    "window_from",
    "window_to",
    "neighbourhood_id",
    "recurrence_rrule",
    "recurrence_until",
    "parent_job_id",
    "status",
    "created_by_type",
    "created_by_id",
    "created_at",
  ];
  const jobs: Cell[][] = [];
  let jobCount = 0;
  function* jobRows(): Generator<Cell[]> {
    for (let r = 0; r < rels.length; r++) {
      const rel = rels[r]!;
      if (rel.count === 0 || rel.oneOff) continue;
      const firstDay = occ.day(rel.firstOcc);
      const lastDay = occ.day(rel.firstOcc + rel.count - 1);
      const rrule = `FREQ=WEEKLY;INTERVAL=${rel.interval};BYDAY=${BYDAY[rel.weekday]}`;
      jobCount++;
      yield [
        tenantId,
        idOf(prefix.parent, r),
        rel.client.id,
        rel.code,
        rel.description,
        rel.minutes,
        stamp(firstDay, rel.start),
        stamp(lastDay, rel.start + rel.minutes),
        rel.client.hood.id,
        rrule,
        dates.iso(lastDay),
        null,
        lastDay >= todayDay ? "assigned" : "done",
        "staff",
        o.createdById,
        stamp(Math.max(firstDay - 7, historyStart - 7), 10 * 60),
      ];
    }
    for (let i = 0; i < occ.length; i++) {
      const rel = rels[occ.rel(i)]!;
      const day = occ.day(i);
      jobCount++;
      yield [
        tenantId,
        idOf(prefix.job, i),
        rel.client.id,
        rel.code,
        rel.description,
        rel.minutes,
        stamp(day, rel.start),
        stamp(day, rel.start + rel.minutes),
        rel.client.hood.id,
        null,
        null,
        rel.oneOff ? null : idOf(prefix.parent, occ.rel(i)),
        day >= todayDay ? "assigned" : "done",
        "staff",
        o.createdById,
        stamp(Math.max(day - 10, historyStart - 10), 10 * 60),
      ];
    }
    for (const row of jobs) {
      jobCount++;
      yield row;
    }
  }
  // Open demand: what no worker could take, plus new garden requests, most of all in the garden
  // neighbourhoods where trained gardeners are scarce.
  const gardenClients = clients.filter((c) => c.type === "private" && c.hood.gardenDemand >= 2);
  for (let k = unmatched.length; k < o.openJobs && gardenClients.length > 0; k++) {
    const client = rng.pick(gardenClients);
    unmatched.push({
      client,
      code: rng.weighted([
        ["garden.mowing", 4],
        ["garden.hedges", 3],
        ["garden.beds", 2],
        ["garden.leaves", 1],
      ] as const),
      minutes: rng.pick([120, 150, 180]),
    });
  }
  const open = rng
    .shuffle(unmatched.slice())
    .sort((a, b) => Number(b.code.startsWith("garden.")) * b.client.hood.gardenDemand - Number(a.code.startsWith("garden.")) * a.client.hood.gardenDemand);
  for (let i = 0; i < Math.min(o.openJobs, open.length); i++) {
    const u = open[i]!;
    const day = todayDay + rng.int(2, 21);
    if (!u.client.coveredOn(day + 6)) continue;
    const from = rng.pick([8, 9, 10, 13, 14]) * 60;
    jobs.push([
      tenantId,
      idOf(prefix.open, i),
      u.client.id,
      u.code,
      rng.pick(DESCRIPTION[u.code] ?? ["Hulp gevraagd."]),
      u.minutes,
      stamp(day, from),
      stamp(day + rng.int(0, 6), from + u.minutes + 120),
      u.client.hood.id,
      null,
      null,
      null,
      "open",
      "staff",
      o.createdById,
      stamp(todayDay - rng.int(0, 5), 11 * 60),
    ]);
  }
  const loadJobs = async (tx: postgres.TransactionSql) => {
    await copyRows(tx, "jobs", jobCols, jobRows());
    log(`jobs written: ${jobCount}`);
  };

  const loadAssignments = async (tx: postgres.TransactionSql) => {
    await copyRows(
      tx,
      "assignments",
      ["tenant_id", "id", "job_id", "worker_id", "client_id", "starts_at", "ends_at", "status", "responded_at", "created_by_id", "created_at", "updated_at"],
      (function* () {
        for (let i = 0; i < occ.length; i++) {
          const rel = rels[occ.rel(i)]!;
          const day = occ.day(i);
          const created = stamp(Math.max(day - 10, historyStart - 10), 10 * 60);
          const responded = stamp(Math.max(day - 9, historyStart - 9), 18 * 60);
          yield [
            tenantId,
            idOf(prefix.asg, i),
            idOf(prefix.job, i),
            rel.worker.id,
            rel.client.id,
            stamp(day, rel.start),
            stamp(day, rel.start + rel.minutes),
            day < todayDay ? "completed" : "accepted",
            responded,
            o.createdById,
            created,
            created,
          ];
        }
      })(),
    );
    log("assignments written");
  };

  let timeEntries = 0;
  const loadTimeEntries = async (tx: postgres.TransactionSql) => {
    await copyRows(
      tx,
      "time_entries",
      [
        "tenant_id",
        "id",
        "assignment_id",
        "worker_id",
        "client_id",
        "work_date",
        "minutes",
        "travel_tenths_km",
        "vouchers",
        "status",
        "submitted_by_type",
        "submitted_by_id",
        "confirmed_at",
        "confirmed_by",
        "created_at",
        "updated_at",
      ],
      (function* () {
        for (let i = 0; i < occ.length; i++) {
          const day = occ.day(i);
          if (day >= todayDay) continue;
          const rel = rels[occ.rel(i)]!;
          const minutes = occ.minutes(i);
          const submitted = stamp(day, Math.min(rel.start + rel.minutes + 30, 22 * 60));
          // The last days are still waiting for the client's confirmation (RULES §5 flow).
          const waiting = day >= todayDay - 3;
          // Not from the shared PRNG: the loads may run interleaved, the data must not depend on it.
          const byClient = Math.imul(i + 1, 2654435761) >>> 0 < 0.8 * 4294967296;
          const confirmedAt = waiting ? null : stamp(day + (byClient ? 1 : 4), 19 * 60);
          timeEntries++;
          yield [
            tenantId,
            idOf(prefix.te, i),
            idOf(prefix.asg, i),
            rel.worker.id,
            rel.client.id,
            dates.iso(day),
            minutes,
            rel.travelTenths,
            vouchersForMinutes(minutes),
            waiting ? "submitted" : "confirmed",
            "worker",
            rel.worker.id,
            confirmedAt,
            waiting ? null : byClient ? "client" : "auto",
            submitted,
            confirmedAt ?? submitted,
          ];
        }
      })(),
    );
    log(`time entries written: ${timeEntries}`);
  };

  if (o.parallelLoad) await o.parallelLoad([loadJobs, loadAssignments, loadTimeEntries]);
  else for (const load of [loadJobs, loadAssignments, loadTimeEntries]) await load(sql);
  return { workers: workers.length, clients: clients.length, jobs: jobCount, assignments: occ.length, timeEntries };
}

// ---------------------------------------------------------------------------------------------

interface Agreement {
  start: number;
  end: number | null;
}

interface Worker {
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

interface Client {
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

interface Relationship {
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

interface Seen {
  insz: Set<string>;
  kbo: Set<string>;
  contact: Set<string>;
}

function makeWorker(rng: Random, o: PopulationOptions, seen: Seen, dates: DateStrings, todayDay: number, historyStart: number): Worker {
  const origin = rng.weighted([
    ["flemish", 55],
    ["newcomer", 38],
    ["walloon", 7],
  ] as const);
  const firstName = rng.pick(origin === "flemish" ? FLEMISH_FIRST : origin === "walloon" ? WALLOON_FIRST : NEWCOMER_FIRST);
  const lastName = rng.pick(origin === "flemish" ? FLEMISH_LAST : origin === "walloon" ? WALLOON_LAST : NEWCOMER_LAST);
  const language =
    origin === "walloon"
      ? "fr"
      : origin === "newcomer"
        ? rng.weighted([
            ["nl", 60],
            ["fr", 15],
            ["en", 25],
          ] as const)
        : "nl";
  const birthYear = rng.int(1962, 2004);
  const insz = unique(seen.insz, () =>
    makeInsz({ year: birthYear, month: rng.int(1, 12), day: rng.int(1, 28) }, rng.int(1, 998), origin === "newcomer" && rng.chance(0.3)),
  );
  const hood = weightedHood(rng, o.hoods, false);
  const lat = round6(hood.lat + (rng.next() - 0.5) * 0.012);
  const lon = round6(hood.lon + (rng.next() - 0.5) * 0.018);

  const availability: Worker["availability"] = [];
  const days = rng
    .shuffle([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6])
    .filter((d, idx, arr) => arr.indexOf(d) === idx)
    .slice(0, rng.int(2, 5))
    .sort();
  for (const weekday of days) {
    const shape = rng.weighted([
      ["morning", 3],
      ["afternoon", 2],
      ["day", 4],
    ] as const);
    if (shape === "morning") availability.push({ weekday, from: 8 * 60, to: 12 * 60 + 30 });
    else if (shape === "afternoon") availability.push({ weekday, from: 12 * 60 + 30, to: 18 * 60 });
    else availability.push({ weekday, from: 8 * 60 + 30, to: 17 * 60 });
  }

  const skills = new Map<string, number>();
  const gardener = rng.chance(0.45);
  if (gardener) {
    skills.set(o.skills.garden, historyStart - rng.int(30, 700));
    if (rng.chance(0.5)) skills.set(o.skills.machines, historyStart - rng.int(0, 600));
  }
  if (rng.chance(0.12)) skills.set(o.skills.childcare, historyStart - rng.int(10, 500));
  const activities = new Set<string>();
  if (gardener) for (const c of ["garden.mowing", "garden.hedges", "garden.beds", "garden.leaves"]) if (rng.chance(0.7)) activities.add(c);
  for (let k = rng.int(1, 4); k > 0; k--) activities.add(rng.pick(ALL_DEMAND_CODES));

  // Agreements (RULES §1): 12 months at most; a few PWA agreements from before 30-09-2017 never end.
  const agreements: Agreement[] = [];
  if (rng.chance(0.05)) agreements.push({ start: dayOf(`${rng.int(2010, 2017)}-0${rng.int(1, 9)}-01`), end: null });
  else {
    const endingSoon = rng.chance(0.09);
    let start = endingSoon ? monthsBefore(todayDay + rng.int(1, 29), 12) + 1 : todayDay - rng.int(0, 340);
    for (;;) {
      agreements.unshift({ start, end: yearEnd(start) });
      if (start <= historyStart || !rng.chance(0.6)) break;
      // Referred again after a gap (hertoeleiding).
      const prevEnd = start - rng.int(7, 60);
      start = monthsBefore(prevEnd + 1, 12);
    }
  }
  const firstStart = agreements[0]!.start;
  const w: Worker = {
    id: rng.uuid(),
    firstName,
    lastName,
    insz,
    phone: unique(seen.contact, () => makeMobile(rng)),
    email: rng.chance(0.45) ? unique(seen.contact, () => `${emailLocal(firstName, lastName)}${rng.int(1, 999)}@${rng.pick(EMAIL_DOMAINS)}`) : null,
    language,
    hood,
    street: rng.pick(hood.streets),
    number: String(rng.int(1, 180)),
    postalCode: rng.pick(hood.postalCodes),
    lat,
    lon,
    iban: makeBeIban(rng),
    referrer: rng.chance(0.68) ? "vdab" : "ocmw",
    maxTravelKm: rng.pick([3, 4, 5, 5, 6, 7.5, 8, 10]),
    availability,
    activities,
    skills,
    agreements,
    createdAt: `${dates.iso(Math.max(firstStart - 3, historyStart - 400))} 09:00:00+01`,
    // A few want as many hours as allowed: the monthly cap (RULES §1) stops their calendar.
    maxRelationships: rng.chance(0.12) ? rng.int(EAGER_RELATIONSHIPS, 10) : rng.int(2, 5),
    relationships: 0,
    booked: new Map(),
    monthMinutes: new Map(),
    yearMinutes: new Map(),
    activeOn: (day) => agreements.some((a) => a.start <= day && (a.end === null || day <= a.end)),
  };
  return w;
}

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

function makeClient(rng: Random, o: PopulationOptions, i: number, seen: Seen, todayDay: number, historyStart: number): Client {
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

const ALL_DEMAND_CODES = [...new Set(Object.values(DEMAND).flatMap((d) => d.map(([c]) => c)))];

function pickActivity(rng: Random, client: Client, activities: Map<string, ActivityDef>): string | null {
  const options = DEMAND[client.type].filter(([code]) => activities.get(code)?.clientTypes.includes(client.type));
  if (options.length === 0) return null;
  // Garden neighbourhoods ask far more garden work.
  return rng.weighted(options.map(([code, w]) => [code, code.startsWith("garden.") ? w * client.hood.gardenDemand : w] as const));
}

function matchWorker(
  rng: Random,
  client: Client,
  code: string,
  minutes: number,
  workersByHood: Map<string, Worker[]>,
  adjacency: ReadonlyMap<string, readonly string[]>,
  activities: Map<string, ActivityDef>,
  skills: PopulationOptions["skills"],
  todayDay: number,
  horizon: number,
  historyStart: number,
): Relationship | null {
  const skillId =
    activities.get(code)?.skillName === "Tuinonderhoud" ? skills.garden : activities.get(code)?.skillName === "Kinderopvang basis" ? skills.childcare : null;
  const hoods = [client.hood.id, ...(adjacency.get(client.hood.id) ?? [])];
  // Workers who want every hour allowed are asked first, so their calendars really fill up to the
  // monthly cap (RULES §1) whatever day the demo is seeded on; then everyone else.
  for (const eager of [true, false])
    for (const hoodId of hoods) {
      const list = workersByHood.get(hoodId) ?? [];
      if (list.length === 0) continue;
      const offset = rng.int(0, list.length - 1);
      for (let k = 0; k < Math.min(list.length, 60); k++) {
        const w = list[(offset + k) % list.length]!;
        if (w.relationships >= w.maxRelationships || (eager && w.maxRelationships < EAGER_RELATIONSHIPS)) continue;
        if (skillId && !w.skills.has(skillId)) continue;
        if (!w.activities.has(code) && !rng.chance(0.25)) continue;
        const km = haversineKm({ lat: w.lat, lon: w.lon }, { lat: client.lat, lon: client.lon });
        if (km > w.maxTravelKm) continue;
        const slot = freeSlot(rng, w, minutes);
        if (!slot) continue;
        w.relationships++;
        const booked = w.booked.get(slot.weekday) ?? [];
        booked.push([slot.start, slot.start + minutes]);
        w.booked.set(slot.weekday, booked);
        const oneOff = client.type === "private" && rng.chance(0.15);
        // Continuity (RULES §8): most pairs start early and keep going until today and beyond.
        const from = rng.chance(0.6) ? historyStart + rng.int(0, 30) : rng.int(historyStart, todayDay - 7);
        const to = rng.chance(0.85) ? horizon : rng.int(from + 14, horizon);
        return {
          client,
          worker: w,
          code,
          description: rng.pick(DESCRIPTION[code] ?? ["Hulp volgens afspraak."]),
          weekday: slot.weekday,
          start: slot.start,
          minutes,
          interval: rng.weighted([
            [1, 50],
            [2, 35],
            [4, 15],
          ] as const),
          oneOff,
          from,
          to,
          travelTenths: Math.round(km * 2 * 10),
          firstOcc: 0,
          count: 0,
        };
      }
    }
  return null;
}

function freeSlot(rng: Random, w: Worker, minutes: number): { weekday: number; start: number } | null {
  const windows = rng.shuffle(w.availability.slice());
  for (const win of windows) {
    const taken = w.booked.get(win.weekday) ?? [];
    for (let start = win.from; start + minutes <= win.to; start += 30) {
      if (taken.every(([a, b]) => start + minutes <= a || start >= b)) return { weekday: win.weekday, start };
    }
  }
  return null;
}

function weightedHood(rng: Random, hoods: readonly HoodDef[], gardens: boolean): HoodDef {
  return rng.weighted(hoods.map((h) => [h, gardens ? h.gardenDemand : 1] as const));
}

/** Compact storage for millions of occurrences: relationship index, day, minutes. */
class OccurrenceList {
  private rels = new Int32Array(1024);
  private days = new Int32Array(1024);
  private mins = new Int16Array(1024);
  length = 0;
  push(rel: number, day: number, minutes: number): void {
    if (this.length === this.rels.length) {
      const grow = <T extends Int32Array | Int16Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.rels = grow(this.rels, (n) => new Int32Array(n));
      this.days = grow(this.days, (n) => new Int32Array(n));
      this.mins = grow(this.mins, (n) => new Int16Array(n));
    }
    this.rels[this.length] = rel;
    this.days[this.length] = day;
    this.mins[this.length] = minutes;
    this.length++;
  }
  rel(i: number): number {
    return this.rels[i]!;
  }
  day(i: number): number {
    return this.days[i]!;
  }
  minutes(i: number): number {
    return this.mins[i]!;
  }
}

// ---- dates as day numbers: the hot loops avoid date libraries ---------------------------------

// RULES §1 and §3 periods through the domain rule, memoised: millions of people share few start days.
const yearEndCache = new Map<number, number>();
function yearEnd(start: number): number {
  let end = yearEndCache.get(start);
  if (end === undefined) {
    end = dayOf(lastDayOfMonthsPeriod(isoOf(start), 12));
    yearEndCache.set(start, end);
  }
  return end;
}
const monthsBeforeCache = new Map<number, number>();
function monthsBefore(day: number, months: number): number {
  const key = day * 100 + months;
  let r = monthsBeforeCache.get(key);
  if (r === undefined) {
    r = dayOf(addMonthsIso(isoOf(day), -months));
    monthsBeforeCache.set(key, r);
  }
  return r;
}

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (day 0 = Thursday 1970-01-01). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

class DateStrings {
  private readonly cache: string[] = [];
  constructor(
    private readonly first: number,
    last: number,
  ) {
    for (let d = first; d <= last; d++) this.cache.push(isoOf(d));
  }
  iso(day: number): string {
    return this.cache[day - this.first] ?? isoOf(day);
  }
  month(day: number): string {
    return this.iso(day).slice(0, 7);
  }
  year(day: number): string {
    return this.iso(day).slice(0, 4);
  }
}

// Europe/Brussels is UTC+2 from the last Sunday of March to the last Sunday of October (the switch
// happens at night; all our work is by day).
const dstCache = new Map<number, [number, number]>();
function brusselsOffset(day: number, dates: DateStrings): string {
  const year = Number(dates.year(day));
  let range = dstCache.get(year);
  if (!range) {
    const lastSunday = (month: number) => {
      const last = dayOf(`${year}-${String(month).padStart(2, "0")}-31`);
      return last - (isoWeekday(last) % 7);
    };
    range = [lastSunday(3), lastSunday(10)];
    dstCache.set(year, range);
  }
  return day >= range[0] && day < range[1] ? "+02" : "+01";
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function* map<T>(items: readonly T[], fn: (t: T) => Cell[]): Generator<Cell[]> {
  for (const t of items) yield fn(t);
}

function* flatMap<T>(items: readonly T[], fn: (t: T) => Cell[][]): Generator<Cell[]> {
  for (const t of items) yield* fn(t);
}
