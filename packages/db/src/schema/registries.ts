import { boolean, date, doublePrecision, integer, numeric, pgTable, primaryKey, smallint, text, time, timestamp, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0002_registries.sql (the SQL is the source of truth for DDL and RLS).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const municipalities = pgTable(
  "municipalities",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    nisCode: text("nis_code").notNull(),
    postalCodes: text("postal_codes").array().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const neighbourhoods = pgTable(
  "neighbourhoods",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
    name: text("name").notNull(),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const neighbourhoodAdjacency = pgTable(
  "neighbourhood_adjacency",
  { tenantId: uuid("tenant_id").notNull(), neighbourhoodId: uuid("neighbourhood_id").notNull(), adjacentId: uuid("adjacent_id").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.neighbourhoodId, t.adjacentId] })],
);

export const skills = pgTable(
  "skills",
  { tenantId: uuid("tenant_id").notNull(), id: uuid("id").notNull(), name: text("name").notNull(), createdAt: ts("created_at").notNull().defaultNow() },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const activities = pgTable("activities", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  category: text("category").notNull(),
  clientTypes: text("client_types").array().notNull(),
  skillName: text("skill_name"),
  sortOrder: integer("sort_order").notNull(),
  // 0033: only for transitional ex-PWA households (RULES §6, S23).
  exPwaOnly: boolean("ex_pwa_only").notNull(),
});

export const municipalityActivities = pgTable(
  "municipality_activities",
  {
    tenantId: uuid("tenant_id").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
    activityCode: text("activity_code").notNull(),
    clientTypes: text("client_types").array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.municipalityId, t.activityCode] })],
);

export const workers = pgTable(
  "workers",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    /** Issue 20: an envelope (@wijkwerk/crypto); the hash and masked form next to it (0058). */
    nationalNumber: text("national_number").notNull(),
    nationalNumberHmac: text("national_number_hmac"),
    nationalNumberMasked: text("national_number_masked"),
    phone: text("phone").notNull(),
    email: text("email"),
    language: text("language").$type<"nl" | "fr" | "en">().notNull(),
    street: text("street").notNull(),
    houseNumber: text("house_number").notNull(),
    postalCode: text("postal_code").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
    neighbourhoodId: uuid("neighbourhood_id").notNull(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    iban: text("iban").notNull(),
    ibanMasked: text("iban_masked"),
    referrer: text("referrer").$type<"vdab" | "ocmw">().notNull(),
    // 0030_worker_referral.sql
    referralDate: date("referral_date", { mode: "string" }),
    referralReference: text("referral_reference"),
    // 0047_coaching.sql: the worker's own consultant (issue 19), NULL = none yet
    consultantId: uuid("consultant_id"),
    maxTravelKm: numeric("max_travel_km", { precision: 5, scale: 1, mode: "number" }).notNull(),
    status: text("status").$type<"active" | "inactive">().notNull(),
    smsOptOut: boolean("sms_opt_out").notNull(),
    emailOptOut: boolean("email_opt_out").notNull(),
    // 0064: the person's own quiet hours for SMS, minutes after midnight (Brussels); both null = none.
    quietFrom: smallint("quiet_from"),
    quietUntil: smallint("quiet_until"),
    // 0060_person_erasure.sql: set when the worker was erased (pseudonymised), issue 20
    erasedAt: ts("erased_at"),
    erasureReason: text("erasure_reason").$type<"request" | "retention">(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    // Not mirrored: match_availability, match_agreements, match_skill_ids, match_activity_codes,
    // the matching profile that triggers copy from the tables below (0017), and match_reach_tenths,
    // max_travel_km as an integer for the matching index (0020).
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const workerAvailability = pgTable(
  "worker_availability",
  {
    tenantId: uuid("tenant_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    weekday: smallint("weekday").notNull(),
    fromTime: time("from_time").notNull(),
    toTime: time("to_time").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.workerId, t.weekday, t.fromTime] })],
);

export const workerActivities = pgTable(
  "worker_activities",
  { tenantId: uuid("tenant_id").notNull(), workerId: uuid("worker_id").notNull(), activityCode: text("activity_code").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.workerId, t.activityCode] })],
);

export const workerSkills = pgTable(
  "worker_skills",
  {
    tenantId: uuid("tenant_id").notNull(),
    workerId: uuid("worker_id").notNull(),
    skillId: uuid("skill_id").notNull(),
    obtainedOn: date("obtained_on", { mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.workerId, t.skillId] })],
);

export const workerAgreements = pgTable(
  "worker_agreements",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    workerId: uuid("worker_id").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    legacyPwa: boolean("legacy_pwa").notNull(),
    // 0032_agreement_trajectory.sql
    pwaAgreementDate: date("pwa_agreement_date", { mode: "string" }),
    reReferralDate: date("re_referral_date", { mode: "string" }),
    reReferredBy: text("re_referred_by").$type<"vdab" | "ocmw">(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
