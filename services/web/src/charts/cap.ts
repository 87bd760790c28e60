import { count, hours, monthLabel } from "./format.ts";
import { rowChart } from "./rows.ts";
import { BLUE, emptySentence, type Fill } from "./svg.ts";

export interface NearCapWorker {
  firstName: string;
  lastName: string;
  usedMinutes: number;
  plannedMinutes: number;
  capMinutes: number;
}

const WORKED: Fill = { colour: BLUE, hatched: false };
const PLANNED: Fill = { colour: BLUE, hatched: true };
/** From this share of the cap a worker's row is in bold: planning more soon runs into the cap. */
export const NEAR_CAP_SHARE = 0.8;

export const isNearCap = (w: NearCapWorker) => w.capMinutes > 0 && w.usedMinutes + w.plannedMinutes >= NEAR_CAP_SHARE * w.capMinutes;

/** The workers with the most hours this month: worked (solid) and planned (hatched) against the monthly cap (dashed line). */
export function nearCapChart(id: string, month: string, workers: readonly NearCapWorker[]): string {
  if (workers.length === 0) return emptySentence("Nog niemand heeft deze maand uren gewerkt of gepland.");
  const cap = Math.max(...workers.map((w) => w.capMinutes));
  const near = workers.filter(isNearCap).length;
  return rowChart({
    id,
    title: `Wijk-werkers met de meeste uren in ${monthLabel(month)}`,
    desc:
      `Per wijk-werker een staaf: gewerkte uren (vol) en geplande uren (gestreept), tegenover het maximum van ${hours(cap)} per maand (stippellijn). ` +
      `${count(near, "wijk-werker zit", "wijk-werkers zitten")} op 80% of meer. De tabel hieronder geeft de uren.`,
    legend: [
      { fill: WORKED, label: "gewerkt" },
      { fill: PLANNED, label: "gepland" },
    ],
    rows: workers.map((w) => ({
      label: `${w.firstName} ${w.lastName}`,
      strong: isNearCap(w),
      bars: [
        {
          parts: [
            { value: w.usedMinutes, fill: WORKED },
            { value: w.plannedMinutes, fill: PLANNED },
          ],
          text: `${hours(w.usedMinutes + w.plannedMinutes)} van ${hours(w.capMinutes)}`,
        },
      ],
    })),
    max: cap,
    marker: { value: cap, label: `maximum ${hours(cap)}` },
  });
}
