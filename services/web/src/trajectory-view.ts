import type { FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import type { ApiClient, ApiResult } from "./api.ts";
import { formatMonth } from "@wijkwerk/notify";
import { EXIT_REASON, FEEDBACK_ANSWER, GOAL_KIND, GOAL_STATUS, LEVEL, momentLabel, options, OUTCOME, SITUATION } from "./trajectory-labels.ts";

type Trajectory = Extract<Awaited<ReturnType<typeof load>>["trajectory"], { ok: true }>["data"];

function load(api: ApiClient, token: string, id: string) {
  return Promise.all([
    api.request("GET", "/v1/workers/{id}/coaching", { params: { id }, token }),
    api.request("GET", "/v1/coaching/goal-types", { token }),
    api.request("GET", "/v1/workers/{id}", { params: { id }, token }),
    api.request("GET", "/v1/workers/{id}/client-feedback", { params: { id }, token }),
  ]).then(([trajectory, goalTypes, worker, feedback]) => ({ trajectory, goalTypes, worker, feedback }));
}

/** The open evaluation moments of the current (or last) agreement, to choose from, then "extra". */
function momentChoices(t: Trajectory) {
  const open = t.agreements.flatMap((a) =>
    a.moments.filter((m) => m.evaluationId === null).map((m) => ({ value: m.key, label: `${momentLabel(m.key)} (${m.dueOn})` })),
  );
  return [...(t.agreements.length > 0 ? open : []), { value: "extra", label: momentLabel("extra") }];
}

function view(t: Trajectory, goalTypes: { id: string; name: string; kind: string; active: boolean }[]) {
  const languages = [...(t.intake?.languages ?? []), { language: "", level: "" }, { language: "", level: "" }].slice(
    0,
    Math.max(3, (t.intake?.languages.length ?? 0) + 1),
  );
  const today = brusselsDateOf(new Date());
  const exitedAgreements = new Set(t.exits.map((x) => x.agreementId));
  return {
    traj: t,
    intakeValues: t.intake
      ? {
          contactName: t.intake.referrerContact.name ?? "",
          contactEmail: t.intake.referrerContact.email ?? "",
          contactPhone: t.intake.referrerContact.phone ?? "",
          startingSituation: t.intake.startingSituation,
          learningWishes: t.intake.learningWishes,
        }
      : {},
    languageRows: languages.map((l, i) => ({ index: i, number: i + 1, language: l.language, level: l.level, levelOptions: options(LEVEL) })),
    goals: t.goals.map((g) => ({ ...g, kindText: GOAL_KIND[g.kind], statusText: GOAL_STATUS[g.status] })),
    goalTypeOptions: goalTypes
      .filter((g) => g.active && !t.goals.some((x) => x.goalTypeId === g.id))
      .map((g) => ({ value: g.id, label: `${g.name} (${GOAL_KIND[g.kind]})` })),
    statusOptions: options(GOAL_STATUS),
    outcomeOptions: options(OUTCOME),
    conversations: t.conversations.map((c) => ({
      ...c,
      appointment: t.appointments.find((a) => a.id === c.appointmentId),
      actions: c.actions.map((a) => ({ ...a, late: !a.done && a.dueOn < today })),
    })),
    appointmentOptions: t.appointments.map((a) => ({ value: a.id, label: `${a.day}, ${a.location}` })),
    agreements: t.agreements.map((a) => ({
      ...a,
      moments: a.moments.map((m) => ({ ...m, label: momentLabel(m.key), late: m.evaluationId === null && m.dueOn < today })),
    })),
    evaluations: t.evaluations.map((e) => ({
      ...e,
      label: momentLabel(e.moment),
      outcomes: e.outcomes.map((o) => ({ ...o, outcomeText: OUTCOME[o.outcome] })),
    })),
    momentOptions: momentChoices(t),
    exits: t.exits.map((x) => ({
      ...x,
      reasonText: EXIT_REASON[x.reason],
      followUpOpen: x.followUps.length === 0,
      followUps: x.followUps.map((f) => ({ ...f, situationText: SITUATION[f.situation], bySms: f.source === "sms" })),
    })),
    canExit: t.agreements.some((a) => !exitedAgreements.has(a.id)),
    reasonOptions: options(EXIT_REASON),
    situationOptions: options(SITUATION),
  };
}

/**
 * The "Traject" page of a worker (issue 19) for the worker's own consultant and admins. Another
 * consultant gets the reason and, when nobody coaches the worker, a way to take them.
 */
export async function trajectoryPage(api: ApiClient, request: FastifyRequest<{ Params: { id: string } }>, extra: Record<string, unknown> = {}) {
  const token = request.session!.token;
  const { trajectory, goalTypes, worker, feedback } = await load(api, token, request.params.id);
  // What clients answered about the worker's months (consultant only): read next to the evaluations.
  const clientFeedback = (feedback.ok ? feedback.data.items : [])
    .filter((f) => f.answer)
    .map((f) => ({ ...f, monthText: formatMonth(`${f.month}-01`, "nl"), answerText: FEEDBACK_ANSWER[f.answer!] ?? f.answer }));
  const name = worker.ok ? `${worker.data.firstName} ${worker.data.lastName}` : "Wijk-werker";
  const isAdmin = request.session!.role === "admin";
  const staff = isAdmin ? await api.request("GET", "/v1/staff", { token, query: { limit: 200 } }) : undefined;
  const staffOptions = staff?.ok ? staff.data.items.filter((s) => s.active && s.role !== "finance").map((s) => ({ value: s.id, label: s.name })) : [];
  const base = {
    title: `Traject van ${name}`,
    workerId: request.params.id,
    workerName: name,
    isAdmin,
    staffOptions,
    me: request.session!.sub,
    clientFeedback,
    values: {},
    ...extra,
  };
  if (!trajectory.ok)
    return {
      data: { ...base, notYours: trajectory.problem.code === "coaching.not_your_worker", problemText: trajectory.problem.detail },
      result: trajectory as ApiResult<unknown>,
    };
  const v = view(trajectory.data, goalTypes.ok ? goalTypes.data.items : []);
  // What was typed in a failed form wins over what is stored (the `or` helper gives booleans, so merged here).
  const typed = extra.values as Record<string, string> | undefined;
  if (typed && "language0" in typed)
    v.languageRows = v.languageRows.map((r) => ({ ...r, language: typed[`language${r.index}`] ?? "", level: typed[`level${r.index}`] ?? "" }));
  return { data: { ...base, ...v, values: { ...v.intakeValues, ...(extra.values as object | undefined) } }, result: trajectory as ApiResult<unknown> };
}
