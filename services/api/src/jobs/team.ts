import type { Static } from "@sinclair/typebox";
import { MAX_TEAM_SIZE, teamSizeProblem } from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";
import type { CreateBody } from "./schemas.ts";

/**
 * Issue 19, collective deployment: the team a new job asks for. A team (more than one worker) is for
 * an organisation client only (domain teamSizeProblem); the supervisor and the task package go with it.
 */
export function teamOf(body: Static<typeof CreateBody>, clientType: string) {
  const workersNeeded = body.workersNeeded ?? 1;
  const problem = teamSizeProblem(workersNeeded, clientType);
  if (problem === "job.team_size_invalid")
    throw new AppError(problem, `Een team telt 1 tot ${MAX_TEAM_SIZE} wijk-werkers.`, {
      errors: [{ path: "workersNeeded", message: `Kies 1 tot ${MAX_TEAM_SIZE}.` }],
    });
  if (problem === "job.team_not_for_client")
    throw new AppError(problem, "Een gezin krijgt één wijk-werker per klus. Een team kan alleen voor een school, vzw of bestuur.", {
      errors: [{ path: "workersNeeded", message: "Alleen een organisatie kan een team vragen." }],
    });
  const tasks = (body.tasks ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  return {
    workersNeeded,
    supervisorName: body.supervisor?.name.trim() || null,
    supervisorPhone: body.supervisor?.phone?.trim() || null,
    supervisorEmail: body.supervisor?.email?.trim() || null,
    tasks,
  };
}
