import { compact, num, str, type FormBody } from "./forms.ts";

/**
 * Issue 19, collective deployment: the team part of the job form. The team size as a number, the
 * supervisor at the organisation (left out when no name is given), the task package one task a line.
 */
export function teamFromForm(b: FormBody) {
  const name = str(b, "supervisor.name");
  const tasks = str(b, "tasks")
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  return compact({
    workersNeeded: num(b, "workersNeeded"),
    supervisor: name ? compact({ name, phone: str(b, "supervisor.phone") || undefined, email: str(b, "supervisor.email") || undefined }) : undefined,
    tasks: tasks.length > 0 ? tasks : undefined,
  });
}

/** How the job page says the team: "2 van 3 wijk-werkers", with the places still open. */
export function teamView(job: { workersNeeded: number; assignments?: { status: string }[] | undefined }) {
  const taken = (job.assignments ?? []).filter((a) => a.status === "accepted" || a.status === "completed").length;
  const filled = Math.min(taken, job.workersNeeded);
  return {
    isTeam: job.workersNeeded > 1,
    filled,
    needed: job.workersNeeded,
    open: job.workersNeeded - filled,
    text: `${filled} van ${job.workersNeeded} wijk-werkers`,
  };
}
