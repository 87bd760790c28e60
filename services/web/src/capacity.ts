import { formatShortDuration } from "@wijkwerk/notify";
import { translate, type Lang } from "./i18n/index.ts";

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
  const text = translate(lang, "bar.text", {
    taken: formatShortDuration(taken, lang),
    cap: formatShortDuration(p.capMinutes, lang),
    percent,
    left: formatShortDuration(Math.max(0, p.remainingMinutes), lang),
  });
  return { label, text, percent, warn: percent >= 80 };
}
