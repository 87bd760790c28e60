import { pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";

// Mirrors migrations/0062_staff_area_scope.sql (issue 20, scope by area); RLS lives in the SQL.

/** A consultant limited to these municipalities (every neighbourhood in them). */
export const staffAreaMunicipalities = pgTable(
  "staff_area_municipalities",
  {
    tenantId: uuid("tenant_id").notNull(),
    staffId: uuid("staff_id").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.staffId, t.municipalityId] })],
);

/** A consultant limited to these neighbourhoods (wijken). */
export const staffAreaNeighbourhoods = pgTable(
  "staff_area_neighbourhoods",
  {
    tenantId: uuid("tenant_id").notNull(),
    staffId: uuid("staff_id").notNull(),
    neighbourhoodId: uuid("neighbourhood_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.staffId, t.neighbourhoodId] })],
);
