-- Registries: geography, activity catalogue, skills, workers (+ agreements), clients (+ agreements).
-- Every tenant table is keyed (tenant_id, id) and isolated by RLS (DESIGN.md principle 2).

CREATE TABLE municipalities (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  name text NOT NULL,
  nis_code text NOT NULL CHECK (nis_code ~ '^[0-9]{5}$'),
  postal_codes text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, nis_code)
);
SELECT app_enable_tenant_rls('municipalities');

CREATE TABLE neighbourhoods (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  name text NOT NULL,
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, municipality_id) REFERENCES municipalities(tenant_id, id),
  UNIQUE (tenant_id, municipality_id, name)
);
SELECT app_enable_tenant_rls('neighbourhoods');

-- Symmetric: both directions are stored so lookups need one index.
CREATE TABLE neighbourhood_adjacency (
  tenant_id uuid NOT NULL,
  neighbourhood_id uuid NOT NULL,
  adjacent_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, neighbourhood_id, adjacent_id),
  FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, adjacent_id) REFERENCES neighbourhoods(tenant_id, id) ON DELETE CASCADE,
  CHECK (neighbourhood_id <> adjacent_id)
);
SELECT app_enable_tenant_rls('neighbourhood_adjacency');

CREATE TABLE skills (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX skills_name_uq ON skills (tenant_id, lower(name));
SELECT app_enable_tenant_rls('skills');

-- The Flemish activity list (RULES.md §6) is the same for every tenant: a shared, read-only table.
CREATE TABLE activities (
  code text PRIMARY KEY,
  name text NOT NULL,
  category text NOT NULL,
  client_types text[] NOT NULL,
  skill_name text,
  sort_order integer NOT NULL DEFAULT 0
);

-- Which activities a municipality allows, for which client types (RULES.md §3 "each municipality picks").
CREATE TABLE municipality_activities (
  tenant_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  activity_code text NOT NULL REFERENCES activities(code),
  client_types text[] NOT NULL,
  PRIMARY KEY (tenant_id, municipality_id, activity_code),
  FOREIGN KEY (tenant_id, municipality_id) REFERENCES municipalities(tenant_id, id) ON DELETE CASCADE
);
SELECT app_enable_tenant_rls('municipality_activities');

CREATE TABLE workers (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  national_number text NOT NULL CHECK (national_number ~ '^[0-9]{11}$'),
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
  email text,
  language text NOT NULL CHECK (language IN ('nl', 'fr', 'en')),
  street text NOT NULL,
  house_number text NOT NULL,
  postal_code text NOT NULL,
  municipality_id uuid NOT NULL,
  neighbourhood_id uuid NOT NULL,
  lat double precision,
  lon double precision,
  iban text NOT NULL,
  referrer text NOT NULL CHECK (referrer IN ('vdab', 'ocmw')),
  max_travel_km numeric(5,1) NOT NULL DEFAULT 5 CHECK (max_travel_km >= 0),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  sms_opt_out boolean NOT NULL DEFAULT false,
  email_opt_out boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, municipality_id) REFERENCES municipalities(tenant_id, id),
  FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods(tenant_id, id)
);
CREATE UNIQUE INDEX workers_insz_uq ON workers (tenant_id, national_number);
CREATE INDEX workers_neighbourhood_idx ON workers (tenant_id, neighbourhood_id) WHERE status = 'active';
CREATE INDEX workers_phone_idx ON workers (tenant_id, phone);
SELECT app_enable_tenant_rls('workers');

-- Weekly availability, local wall-clock times in Europe/Brussels; weekday 1 = Monday … 7 = Sunday.
CREATE TABLE worker_availability (
  tenant_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  from_time time NOT NULL,
  to_time time NOT NULL CHECK (to_time > from_time),
  PRIMARY KEY (tenant_id, worker_id, weekday, from_time),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id) ON DELETE CASCADE
);
SELECT app_enable_tenant_rls('worker_availability');

CREATE TABLE worker_activities (
  tenant_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  activity_code text NOT NULL REFERENCES activities(code),
  PRIMARY KEY (tenant_id, worker_id, activity_code),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id) ON DELETE CASCADE
);
SELECT app_enable_tenant_rls('worker_activities');

CREATE TABLE worker_skills (
  tenant_id uuid NOT NULL,
  worker_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  obtained_on date NOT NULL,
  PRIMARY KEY (tenant_id, worker_id, skill_id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, skill_id) REFERENCES skills(tenant_id, id)
);
CREATE INDEX worker_skills_skill_idx ON worker_skills (tenant_id, skill_id);
SELECT app_enable_tenant_rls('worker_skills');

-- wijk-werkovereenkomst; end_date NULL only for legacy PWA agreements (RULES.md §1 exemption).
CREATE TABLE worker_agreements (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  start_date date NOT NULL,
  end_date date,
  legacy_pwa boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (end_date IS NOT NULL OR legacy_pwa)
);
-- Overlap is refused by the database too, even under concurrency.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE worker_agreements ADD CONSTRAINT worker_agreements_no_overlap
  EXCLUDE USING gist (tenant_id WITH =, worker_id WITH =, daterange(start_date, end_date, '[]') WITH &&);
SELECT app_enable_tenant_rls('worker_agreements');

CREATE TABLE clients (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('private', 'localGovernment', 'education', 'nonprofit', 'agriculture')),
  name text NOT NULL,
  contact_first_name text NOT NULL,
  contact_last_name text NOT NULL,
  phone text CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
  email text,
  language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'fr', 'en')),
  street text NOT NULL,
  house_number text NOT NULL,
  postal_code text NOT NULL,
  municipality_id uuid NOT NULL,
  neighbourhood_id uuid NOT NULL,
  lat double precision,
  lon double precision,
  national_number text CHECK (national_number ~ '^[0-9]{11}$'),
  enterprise_number text CHECK (enterprise_number ~ '^[01][0-9]{9}$'),
  -- The number clients put on payments ("user number", RULES.md §3 onboarding).
  client_number bigint NOT NULL,
  sms_opt_out boolean NOT NULL DEFAULT false,
  email_opt_out boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, municipality_id) REFERENCES municipalities(tenant_id, id),
  FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods(tenant_id, id),
  UNIQUE (tenant_id, client_number),
  CHECK (type = 'private' OR enterprise_number IS NOT NULL)
);
CREATE UNIQUE INDEX clients_insz_uq ON clients (tenant_id, national_number) WHERE national_number IS NOT NULL;
CREATE INDEX clients_email_idx ON clients (tenant_id, lower(email));
CREATE INDEX clients_phone_idx ON clients (tenant_id, phone);
SELECT app_enable_tenant_rls('clients');

-- gebruikersovereenkomst: one per year, with the registration fee and its OGM reference.
CREATE TABLE client_agreements (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  fee_cents integer NOT NULL CHECK (fee_cents >= 0),
  payment_reference text NOT NULL,
  fee_paid_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
  UNIQUE (tenant_id, payment_reference),
  CHECK (end_date >= start_date)
);
ALTER TABLE client_agreements ADD CONSTRAINT client_agreements_no_overlap
  EXCLUDE USING gist (tenant_id WITH =, client_id WITH =, daterange(start_date, end_date, '[]') WITH &&);
SELECT app_enable_tenant_rls('client_agreements');

-- Per-tenant counters (client numbers, OGM bases) without gaps races: UPDATE … RETURNING.
CREATE TABLE tenant_counters (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, name)
);
SELECT app_enable_tenant_rls('tenant_counters');

-- app_next_counter: packages/db/sql/functions/app_next_counter.sql

-- The Flemish activity list (RULES.md §6, VDAB list S22; Gent additions S28; extras S17/S23).
INSERT INTO activities (code, name, category, client_types, skill_name, sort_order) VALUES
  ('prevention.school_crossing', 'Gemachtigd opzichter (schooloversteek)', 'prevention', '{localGovernment,education}', NULL, 10),
  ('prevention.steward', 'Steward / stadswacht', 'prevention', '{localGovernment}', NULL, 11),
  ('prevention.event_parking', 'Parking en tickets bij evenementen', 'prevention', '{localGovernment,nonprofit}', NULL, 12),
  ('admin.help', 'Administratieve hulp', 'admin_help', '{localGovernment,education,nonprofit}', NULL, 20),
  ('admin.open_day', 'Administratie bij opendeurdagen', 'admin_help', '{education}', NULL, 21),
  ('repairs.painting', 'Kleine oppervlakken schilderen of behangen', 'small_repairs', '{private,nonprofit,localGovernment,education}', NULL, 30),
  ('repairs.lamps', 'Lampen ophangen', 'small_repairs', '{private,nonprofit}', NULL, 31),
  ('repairs.furniture', 'Kasten in elkaar zetten', 'small_repairs', '{private,nonprofit,education}', NULL, 32),
  ('repairs.tiling', 'Kleine tegelwerken', 'small_repairs', '{private}', NULL, 33),
  ('repairs.sandbags', 'Zandzakjes vullen en leggen', 'small_repairs', '{private,localGovernment}', NULL, 34),
  ('repairs.graves', 'Graven onderhouden', 'small_repairs', '{private}', NULL, 35),
  ('garden.snow', 'Sneeuw ruimen', 'small_garden', '{private,localGovernment,education,nonprofit}', NULL, 40),
  ('garden.leaves', 'Bladeren ruimen', 'small_garden', '{private,localGovernment,education,nonprofit}', NULL, 41),
  ('garden.hedges', 'Hagen snoeien', 'small_garden', '{private,nonprofit}', 'Tuinonderhoud', 42),
  ('garden.beds', 'Borders en perken onderhouden', 'small_garden', '{private,nonprofit,education}', 'Tuinonderhoud', 43),
  ('garden.mowing', 'Gras maaien', 'small_garden', '{private,nonprofit,education}', 'Tuinonderhoud', 44),
  ('garden.sowing', 'Zaaien en planten', 'small_garden', '{private,nonprofit,education}', NULL, 45),
  ('garden.public_parks', 'Seizoenswerk in straten en parken', 'small_garden', '{localGovernment}', NULL, 46),
  ('farming.help', 'Hulp in land- en tuinbouw', 'farming', '{agriculture}', NULL, 50),
  ('logistics.events', 'Logistieke hulp bij evenementen', 'logistics', '{localGovernment,nonprofit,education}', NULL, 60),
  ('logistics.meals', 'Maaltijden rondbrengen', 'logistics', '{localGovernment,nonprofit}', NULL, 61),
  ('logistics.litter', 'Zwerfvuil opruimen', 'logistics', '{localGovernment,nonprofit}', NULL, 62),
  ('logistics.shopping', 'Boodschappen doen', 'logistics', '{private}', NULL, 63),
  ('accompany.company', 'Gezelschap', 'accompanying', '{private,nonprofit}', NULL, 70),
  ('accompany.outings', 'Begeleiden bij uitstappen', 'accompanying', '{private,nonprofit,localGovernment}', NULL, 71),
  ('accompany.bus_escort', 'Busbegeleiding', 'accompanying', '{education,localGovernment}', NULL, 72),
  ('accompany.lunch_supervision', 'Middagtoezicht', 'accompanying', '{education}', NULL, 73),
  ('accompany.before_after_school', 'Voor- en naschoolse opvang', 'accompanying', '{education}', 'Kinderopvang basis', 74),
  ('accompany.childcare_home', 'Kinderopvang aan huis', 'accompanying', '{private}', 'Kinderopvang basis', 75),
  ('accompany.homework', 'Huiswerkbegeleiding', 'accompanying', '{private,nonprofit,education}', NULL, 76),
  ('accompany.care_home', 'Hulp in dagcentra van woonzorgcentra', 'accompanying', '{localGovernment,nonprofit}', NULL, 77),
  ('accompany.winter_shelter', 'Hulp in de winteropvang voor daklozen', 'accompanying', '{localGovernment,nonprofit}', NULL, 78),
  ('accompany.pets', 'Huisdieren verzorgen', 'accompanying', '{private}', NULL, 79),
  ('household.cleaning_organisations', 'Schoonmaak in organisaties', 'household', '{nonprofit,localGovernment}', NULL, 80),
  ('household.ex_pwa', 'Koken, wassen, grote schoonmaak (overgangsregeling ex-PWA)', 'household', '{private}', NULL, 81);
