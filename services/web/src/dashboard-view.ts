import type { paths } from "./api-types.ts";
import { nearCapChart } from "./charts/cap.ts";
import { demandChart } from "./charts/demand.ts";
import { hoursChart } from "./charts/bars.ts";
import { hours, monthLabel } from "./charts/format.ts";
import { wijkMap } from "./charts/map.ts";

type Dashboard = paths["/v1/reports/dashboard"]["get"]["responses"]["200"]["content"]["application/json"];
type Demand = paths["/v1/reports/training-demand"]["get"]["responses"]["200"]["content"]["application/json"];

/** A cell of a chart's table: text, and a link where the row has a page of its own. */
export interface Cell {
  text: string;
  href?: string;
}

/** The data table under a chart (templates/partials/chart-table.hbs): the first cell of a row heads it. */
export interface Table {
  id: string;
  caption: string;
  head: string[];
  rows: Cell[][];
}

const c = (text: string | number, href?: string): Cell => (href ? { text: String(text), href } : { text: String(text) });
const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The dashboard's charts (SVG strings, all text escaped by src/charts) and the table beneath each. */
export function dashboardView(d: Dashboard) {
  const wijken = d.neighbourhoods;
  return {
    map: {
      chart: wijkMap("kaart", wijken),
      table: {
        id: "kaart-tabel",
        caption: "Open klussen en beschikbare wijk-werkers per wijk",
        head: ["Wijk", "Open klussen", "Wijk-werkers"],
        rows: wijken.map((w) => [c(w.name), c(w.openJobs), c(w.availableWorkers)]),
      } satisfies Table,
    },
    nearCap: {
      chart: nearCapChart("maximum", d.month, d.nearCap),
      table: {
        id: "maximum-tabel",
        caption: `Uren van de wijk-werkers in ${monthLabel(d.month)}`,
        head: ["Wijk-werker", "Uren deze maand"],
        rows: d.nearCap.map((w) => {
          const taken = w.usedMinutes + w.plannedMinutes;
          return [
            c(`${w.firstName} ${w.lastName}`, `/werkers/${encodeURIComponent(w.workerId)}`),
            c(
              `${hours(w.usedMinutes)} gewerkt, ${hours(w.plannedMinutes)} gepland: ${hours(taken)} van ${hours(w.capMinutes)} (${percent(taken, w.capMinutes)}%)`,
            ),
          ];
        }),
      } satisfies Table,
    },
    hours: {
      chart: hoursChart("uren", d.hoursPerMonthWithLastYear),
      table: {
        id: "uren-tabel",
        caption: "Gewerkte uren per maand en een jaar eerder",
        head: ["Maand", "Uren", "Een jaar eerder"],
        // No table of twelve zeros: the chart says in one sentence that there are no hours yet.
        rows: d.hoursPerMonthWithLastYear.some((m) => m.minutes > 0 || m.lastYearMinutes > 0)
          ? d.hoursPerMonthWithLastYear.map((m) => [
              c(monthLabel(m.month)),
              c(hours(m.minutes)),
              c(`${hours(m.lastYearMinutes)} (${monthLabel(m.lastYearMonth)})`),
            ])
          : [],
      } satisfies Table,
    },
  };
}

/** The training-demand report as a chart and its table; activities by their Dutch name where the catalogue gives it. */
export function demandView(demand: Demand, activityNames: ReadonlyMap<string, string>) {
  // Where a training is suggested first, the largest shortage on top; otherwise the report's order.
  const items = demand.items
    .map((i) => ({ ...i, activityName: activityNames.get(i.activityCode) ?? i.activityCode }))
    .sort(
      (a, b) =>
        Number(b.suggestTraining) - Number(a.suggestTraining) || (b.suggestTraining ? b.openJobs - b.qualifiedWorkers - (a.openJobs - a.qualifiedWorkers) : 0),
    );
  return {
    chart: demandChart("opleiding", items),
    table: {
      id: "opleiding-tabel",
      caption: "Open klussen en wijk-werkers met de vaardigheid, per wijk en activiteit",
      head: ["Wijk en activiteit (vaardigheid)", "Open klussen", "Wijk-werkers die het kunnen"],
      rows: items.map((i) => [
        c(`${i.neighbourhoodName}: ${i.activityName} (${i.skillName})${i.suggestTraining ? ": opleiding nodig" : ""}`),
        c(i.openJobs),
        c(i.qualifiedWorkers),
      ]),
    } satisfies Table,
  };
}
