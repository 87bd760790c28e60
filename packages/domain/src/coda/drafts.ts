import type { CodaMovement, CodaStatement } from "./types.ts";

/** The statement and movement being read: a movement is complete once the next record that is not its own arrives. */

export interface Draft {
  movement: CodaMovement;
  communication: string;
  structured: boolean;
  info: string;
}

function finish(d: Draft): CodaMovement {
  const m = d.movement;
  if (!d.structured) {
    const free = d.communication.trim();
    if (free !== "") m.freeCommunication = free;
  }
  const info = d.info.trim();
  if (info !== "") m.information = info;
  return m;
}

export interface StatementDraft {
  header: { createdOn: string; bankId: string; duplicate: boolean };
  statement?: Partial<CodaStatement> & { movements: CodaMovement[]; freeMessages: string[] };
  current?: Draft;
  parent?: Draft;
}

/** Adds the movement being read to its statement, or to its globalised parent as a detail. */
export function closeMovement(s: StatementDraft): void {
  if (s.current && s.statement) {
    const m = finish(s.current);
    if (s.parent && s.parent !== s.current) {
      (s.parent.movement.details ??= []).push(m);
    } else {
      s.statement.movements.push(m);
    }
  }
  s.current = undefined;
}
