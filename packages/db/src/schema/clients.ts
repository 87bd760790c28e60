import { boolean, bigint, date, doublePrecision, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Clients and their agreements; mirrors migrations/0002_registries.sql and later (the SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const clients = pgTable(
  "clients",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    type: text("type").$type<"private" | "localGovernment" | "education" | "nonprofit" | "agriculture">().notNull(),
    name: text("name").notNull(),
    contactFirstName: text("contact_first_name").notNull(),
    contactLastName: text("contact_last_name").notNull(),
    phone: text("phone"),
    email: text("email"),
    language: text("language").$type<"nl" | "fr" | "en">().notNull(),
    street: text("street").notNull(),
    houseNumber: text("house_number").notNull(),
    postalCode: text("postal_code").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
    neighbourhoodId: uuid("neighbourhood_id").notNull(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** Issue 20: an envelope (@wijkwerk/crypto); the hash and masked form next to it (0058). */
    nationalNumber: text("national_number"),
    nationalNumberHmac: text("national_number_hmac"),
    nationalNumberMasked: text("national_number_masked"),
    enterpriseNumber: text("enterprise_number"),
    clientNumber: bigint("client_number", { mode: "number" }).notNull(),
    // 0033: a transitional ex-PWA household since this date (RULES §6, S23); null = not one.
    exPwaSince: date("ex_pwa_since", { mode: "string" }),
    smsOptOut: boolean("sms_opt_out").notNull(),
    emailOptOut: boolean("email_opt_out").notNull(),
    // 0064: the person's own quiet hours for SMS, minutes after midnight (Brussels); both null = none.
    quietFrom: smallint("quiet_from"),
    quietUntil: smallint("quiet_until"),
    // 0060_person_erasure.sql
    erasedAt: ts("erased_at"),
    erasureReason: text("erasure_reason").$type<"request" | "retention">(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const clientAgreements = pgTable(
  "client_agreements",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull(),
    clientId: uuid("client_id").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    feeCents: integer("fee_cents").notNull(),
    paymentReference: text("payment_reference").notNull(),
    feePaidOn: date("fee_paid_on", { mode: "string" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
