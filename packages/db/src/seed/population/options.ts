import type postgres from "postgres";

/** What seedPopulation is asked for and what it reports: the contract the Gent demo and the Flanders generator use. */

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
