import type { Random } from "../random.ts";
import { isoWeekday, type DateStrings } from "./days.ts";
import type { Relationship } from "./model.ts";

/** Every day a relationship's work happens, within the caps of RULES §1 (60 h per month, 630 h per year). */

const MONTHLY_CAP = 60 * 60;
const YEARLY_CAP = 630 * 60;

/** Compact storage for millions of occurrences: relationship index, day, minutes. */
export class OccurrenceList {
  private rels = new Int32Array(1024);
  private days = new Int32Array(1024);
  private mins = new Int16Array(1024);
  length = 0;
  push(rel: number, day: number, minutes: number): void {
    if (this.length === this.rels.length) {
      const grow = <T extends Int32Array | Int16Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.rels = grow(this.rels, (n) => new Int32Array(n));
      this.days = grow(this.days, (n) => new Int32Array(n));
      this.mins = grow(this.mins, (n) => new Int16Array(n));
    }
    this.rels[this.length] = rel;
    this.days[this.length] = day;
    this.mins[this.length] = minutes;
    this.length++;
  }
  rel(i: number): number {
    return this.rels[i]!;
  }
  day(i: number): number {
    return this.days[i]!;
  }
  minutes(i: number): number {
    return this.mins[i]!;
  }
}

/** The occurrences of every relationship in order; each relationship learns its first occurrence and count. */
export function planOccurrences(rng: Random, rels: Relationship[], dates: DateStrings, todayDay: number): OccurrenceList {
  const occ = new OccurrenceList();
  for (let r = 0; r < rels.length; r++) {
    const rel = rels[r]!;
    const w = rel.worker;
    // One-off work falls on one day within the pair's span; recurring work every `interval` weeks.
    const step = rel.oneOff ? 7 : 7 * rel.interval;
    const base = rel.oneOff ? rel.from + rng.int(0, Math.max(0, Math.min(rel.to - rel.from - 7, 60))) : rel.from;
    const first = base + ((rel.weekday - isoWeekday(base) + 7) % 7);
    let count = 0;
    for (let day = first; day <= rel.to; day += step) {
      if (rel.oneOff && count > 0) break;
      if (!w.activeOn(day) || !rel.client.coveredOn(day)) continue;
      const past = day < todayDay;
      const minutes = past && rng.chance(0.15) ? Math.max(60, rel.minutes - 30) : rel.minutes;
      const month = dates.month(day);
      const year = dates.year(day);
      const usedMonth = w.monthMinutes.get(month) ?? 0;
      const usedYear = w.yearMinutes.get(year) ?? 0;
      if (usedMonth + minutes > MONTHLY_CAP || usedYear + minutes > YEARLY_CAP) continue;
      w.monthMinutes.set(month, usedMonth + minutes);
      w.yearMinutes.set(year, usedYear + minutes);
      occ.push(r, day, minutes);
      count++;
    }
    rel.firstOcc = occ.length - count;
    rel.count = count;
  }
  return occ;
}
