/**
 * Issue 19, collective deployment at organisations: a job for a school, a vzw or a local government
 * may ask for a team of workers. The rules of who may join and when the job counts as assigned.
 */

/** The largest team one job may ask for (the database refuses more too, 0050_team_jobs.sql). */
export const MAX_TEAM_SIZE = 12;

/** Client types that are organisations: only they can ask for a team; a household gets one worker. */
export const TEAM_CLIENT_TYPES: readonly string[] = Object.freeze(["localGovernment", "education", "nonprofit", "agriculture"]);

/** Why a team size is refused for this client, or null when it is fine (1 is always fine). */
export function teamSizeProblem(workersNeeded: number, clientType: string): "job.team_size_invalid" | "job.team_not_for_client" | null {
  if (!Number.isInteger(workersNeeded) || workersNeeded < 1 || workersNeeded > MAX_TEAM_SIZE) return "job.team_size_invalid";
  if (workersNeeded > 1 && !TEAM_CLIENT_TYPES.includes(clientType)) return "job.team_not_for_client";
  return null;
}

/** The team is full when as many workers accepted (or completed) as the job needs. */
export function teamFull(taken: number, workersNeeded: number): boolean {
  return taken >= workersNeeded;
}

/**
 * Who may still accept: a worker with a live proposal, while the team has room, and not a worker who
 * is already in this team (one place per worker per job).
 */
export function mayJoinTeam(input: {
  taken: number;
  workersNeeded: number;
  alreadyInTeam: boolean;
}): "ok" | "assignment.team_full" | "assignment.already_in_team" {
  if (input.alreadyInTeam) return "assignment.already_in_team";
  if (teamFull(input.taken, input.workersNeeded)) return "assignment.team_full";
  return "ok";
}

/** The job's status after an acceptance: assigned only once the team is full; for one worker, at once. */
export function statusAfterAcceptance(takenAfter: number, workersNeeded: number): "open" | "assigned" {
  return teamFull(takenAfter, workersNeeded) ? "assigned" : "open";
}

/** "2 van 3": how far the team is filled, for the job page. */
export function teamFillText(taken: number, workersNeeded: number): string {
  return `${Math.min(taken, workersNeeded)} van ${workersNeeded}`;
}
