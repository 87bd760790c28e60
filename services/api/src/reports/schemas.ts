import { Type } from "@sinclair/typebox";
import { Uuid } from "../schemas/common.ts";

/** The HTTP shape of GET /v1/reports/dashboard (OpenAPI from this). The first four fields are the original ones. */
export const DashboardOut = Type.Object({
  month: Type.String(),
  hoursPerMonth: Type.Array(Type.Object({ month: Type.String(), minutes: Type.Integer() }), {
    description: "Worked minutes per Brussels month over the last 12 months, months without hours left out.",
  }),
  openJobsPerNeighbourhood: Type.Array(Type.Object({ neighbourhoodId: Uuid, name: Type.String(), openJobs: Type.Integer() })),
  nearCap: Type.Array(
    Type.Object({
      workerId: Uuid,
      firstName: Type.String(),
      lastName: Type.String(),
      usedMinutes: Type.Integer(),
      plannedMinutes: Type.Integer(),
      capMinutes: Type.Integer(),
    }),
  ),
  hoursPerMonthWithLastYear: Type.Array(
    Type.Object({
      month: Type.String({ description: "YYYY-MM, one of the last 12 months (this month included)." }),
      minutes: Type.Integer(),
      lastYearMonth: Type.String({ description: "The same month a year earlier." }),
      lastYearMinutes: Type.Integer(),
    }),
    { description: "Always the last 12 Brussels months, oldest first, with zero where nobody worked; hours not cancelled." },
  ),
  neighbourhoods: Type.Array(
    Type.Object({
      neighbourhoodId: Uuid,
      name: Type.String(),
      centroid: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
      openJobs: Type.Integer({ description: "Open klussen in the neighbourhood whose window has not ended." }),
      availableWorkers: Type.Integer({
        description:
          "Active workers with an agreement running today who are within reach of the neighbourhood's centroid, by the match list's rule: living there or next door, or within their own travel distance. A worker counts in every neighbourhood they reach.",
      }),
    }),
    { description: "Every neighbourhood of the organisation, by name, for a map." },
  ),
});
