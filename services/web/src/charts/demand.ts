import { count } from "./format.ts";
import { rowChart } from "./rows.ts";
import { BLUE, emptySentence, RUST, type Fill } from "./svg.ts";

export interface DemandItem {
  neighbourhoodName: string;
  activityName: string;
  skillName: string;
  openJobs: number;
  qualifiedWorkers: number;
  suggestTraining: boolean;
}

const JOBS: Fill = { colour: RUST, hatched: false };
const WORKERS: Fill = { colour: BLUE, hatched: true };

/**
 * The training-demand report as bars: per wijk and activity, the open klussen that need a skill
 * (solid) against the workers nearby who hold it (hatched); where the report suggests a
 * training, the row is in bold and says so.
 */
export function demandChart(id: string, items: readonly DemandItem[]): string {
  if (items.length === 0) return emptySentence("Er zijn geen open klussen die een vaardigheid vragen.");
  const short = items.filter((i) => i.suggestTraining).length;
  return rowChart({
    id,
    title: "Vraag naar opleiding: open klussen tegenover wijk-werkers met de vaardigheid",
    desc:
      `Per wijk en activiteit twee staven: open klussen die een vaardigheid vragen (vol) en wijk-werkers in of naast de wijk die ze hebben (gestreept). ` +
      `Op ${count(short, "plaats", "plaatsen")} zijn er meer klussen dan wijk-werkers: daar is een opleiding nodig. De tabel hieronder geeft de aantallen.`,
    legend: [
      { fill: JOBS, label: "open klussen" },
      { fill: WORKERS, label: "wijk-werkers met de vaardigheid" },
    ],
    rows: items.map((i) => ({
      label: `${i.neighbourhoodName}: ${i.activityName} (${i.skillName})`,
      strong: i.suggestTraining,
      ...(i.suggestTraining ? { note: `Opleiding ${i.skillName} nodig` } : {}),
      bars: [
        { parts: [{ value: i.openJobs, fill: JOBS }], text: count(i.openJobs, "klus", "klussen") },
        { parts: [{ value: i.qualifiedWorkers, fill: WORKERS }], text: count(i.qualifiedWorkers, "werker", "werkers") },
      ],
    })),
    max: 1,
  });
}
