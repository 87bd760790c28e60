import { formatShortDuration } from "@wijkwerk/notify";
import type { Lang } from "./i18n/index.ts";

export interface PeriodCapacity {
  usedMinutes: number;
  plannedMinutes?: number;
  capMinutes: number;
  remainingMinutes: number;
}

/** A bar for the page: the text says everything, the SVG only repeats it visually. */
export function bar(label: string, p: PeriodCapacity | undefined, lang: Lang = "nl") {
  if (!p || !p.capMinutes) return undefined;
  const taken = p.usedMinutes + (p.plannedMinutes ?? 0);
  const percent = Math.max(0, Math.min(100, Math.round((taken / p.capMinutes) * 100)));
  const text = `${formatShortDuration(taken, lang)} van ${formatShortDuration(p.capMinutes, lang)} (${percent}%), nog ${formatShortDuration(Math.max(0, p.remainingMinutes), lang)} over`;
  return { label, text, percent, warn: percent >= 80 };
}
