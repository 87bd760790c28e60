import { followUpDueOn } from "../coaching/moments.ts";
import type { CoachingFollowUpSituation } from "../coaching/types.ts";
import type { IsoDate } from "../time/index.ts";

/**
 * Issue 19 and RULES §9 (S45: 32 % of participants had a job 9 months later): of the workers who
 * exited in a period, the share in work 9 months after their exit. Only known follow-ups count
 * towards the share (in work, in training, no work); exits without one, or with the situation
 * "unknown", are counted apart, and so are exits whose 9 months (coaching's followUpDueOn) have not
 * passed yet ("not yet due").
 */
export interface ExitOutcome {
  exitedOn: IsoDate;
  /** The latest follow-up's situation, null when none was recorded. */
  situation: CoachingFollowUpSituation | null;
}

export interface OutflowFigures {
  exited: number;
  inWork: number;
  inTraining: number;
  noWork: number;
  unknown: number;
  notYetDue: number;
  /** inWork / (inWork + inTraining + noWork) as a whole percentage, rounded half up; null when no follow-up is known. */
  sharePercent: number | null;
}

/** The outflow share of the exits in [from, to] (inclusive), as known on `today`. */
export function outflowFigures(exits: readonly ExitOutcome[], from: IsoDate, to: IsoDate, today: IsoDate): OutflowFigures {
  const f = { exited: 0, inWork: 0, inTraining: 0, noWork: 0, unknown: 0, notYetDue: 0 };
  for (const e of exits) {
    if (e.exitedOn < from || e.exitedOn > to) continue;
    f.exited++;
    if (e.situation === "in_work") f.inWork++;
    else if (e.situation === "training") f.inTraining++;
    else if (e.situation === "none") f.noWork++;
    else if (followUpDueOn(e.exitedOn) > today) f.notYetDue++;
    else f.unknown++;
  }
  const known = f.inWork + f.inTraining + f.noWork;
  return { ...f, sharePercent: known === 0 ? null : Math.floor((f.inWork * 200 + known) / (2 * known)) };
}
